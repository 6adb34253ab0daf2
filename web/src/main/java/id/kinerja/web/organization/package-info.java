/** The organization tree with each unit's tasks, lettered functions and plan periods. */
package id.kinerja.web.organization;
