/** Files as a request brings them: what the sender declared about a file, read without trusting it. */
package id.kinerja.http.upload;
