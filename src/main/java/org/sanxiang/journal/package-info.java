/**
 * 全过程记录 — the journal: every domain event of every module is appended, in the transaction
 * of the change it records, as one entry of an append-only log (RULES.md JL-1); entries
 * are leaves of an RFC 9162 Merkle tree hashed with SM3 (GB/T 32905) or SHA-256, and
 * signed tree heads (SM2) are produced while entries arrive, so anyone holding a head can
 * check that an entry is in the log and that the log only grew. Events of modules above
 * this one implement {@link org.sanxiang.journal.Journaled}; identity's and catalog's
 * events are adapted here, since those modules sit below.
 * {@link org.sanxiang.journal.Journal} is the API: entries, proofs, tree heads,
 * verification.
 */
package org.sanxiang.journal;
