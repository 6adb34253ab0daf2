/** Flyway's Java migrations, found by Flyway beside the SQL ones in {@code db/migration}: what SQL alone cannot do. */
package db.migration;
