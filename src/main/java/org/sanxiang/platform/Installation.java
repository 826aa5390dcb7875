package org.sanxiang.platform;

/**
 * What kind of installation is running. A demo installation (the default embedded run, or
 * tests) loads the Xintian bureau's demo data and demo users with the password
 * {@code demo}; a production installation (external PostgreSQL) has neither.
 *
 * @param embeddedDatabase whether the database is the embedded PostgreSQL
 * @param demo whether demo data and demo users are loaded
 */
public record Installation(boolean embeddedDatabase, boolean demo) {
}
