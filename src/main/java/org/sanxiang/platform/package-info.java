/**
 * Technical ground shared by every module: the database the platform runs on (an embedded
 * PostgreSQL 17 under {@code ./data/pg} by default, an external server in production),
 * the injected {@link java.time.Clock}, RFC 9457 problem responses for bad input, and the
 * QR codes of verification addresses ({@link org.sanxiang.platform.QrCodes}). It holds no
 * business rules and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sanxiang.platform;
