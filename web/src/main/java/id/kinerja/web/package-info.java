/** The runnable application: main class, wiring of use cases to adapters, configuration and first start. */
package id.kinerja.web;
