/** Realization sheets uploaded for import (issue 14), kept with their bytes between preview and commit. */
package id.kinerja.persistence.realizationimport;
