package org.sanxiang.documents;

import java.time.Instant;

/**
 * One saved version of a template with who made it, when and why.
 *
 * @param template the template as this version reads
 * @param basis the rules and articles that shape the document, or {@code null}
 * @param createdBy the account that saved it ({@code system} for the standard set)
 * @param createdAt when it was saved
 * @param note why (变更说明)
 * @param current whether documents are made from it now
 */
record TemplateVersion(DocumentTemplate template, String basis, String createdBy, Instant createdAt, String note,
		boolean current) {
}
