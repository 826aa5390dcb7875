/**
 * The journal's integrity code, pure: no Spring, no database. Leaves and nodes are hashed
 * as in RFC 9162 §2.1.1 (leaf = H(0x00 ‖ entry), node = H(0x01 ‖ left ‖ right)) with SM3
 * (GB/T 32905-2016) by default or SHA-256;
 * {@link org.sanxiang.journal.integrity.MerkleTree} computes tree heads, inclusion and
 * consistency proofs over any {@link org.sanxiang.journal.integrity.NodeSource} and
 * verifies them as RFC 9162 §2.1.3.2 and §2.1.4.2 say;
 * {@link org.sanxiang.journal.integrity.TreeFrontier} appends leaves one at a time and
 * hands out the perfect subtrees it completes, so a stored log answers any proof in O(log
 * n) lookups. Tested against the published RFC 6962 vectors.
 */
package org.sanxiang.journal.integrity;
