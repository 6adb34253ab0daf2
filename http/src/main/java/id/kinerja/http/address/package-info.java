/** Where people reach this Kinerja: the public base address that links printed or sent out are made from. */
package id.kinerja.http.address;
