/**
 * 全过程记录 — evidence: audio/video, photos and documents recorded during enforcement
 * activities (RULES.md JL-1, JL-3), uploaded resumably over weak field connections (tus
 * 1.0), typed from their content, hashed with SM3 (GB/T 32905) and SHA-256 while they
 * stream, and kept content-addressed in the platform's blob store. Every view, download,
 * export and share is a journal entry (chain of custody); an item cannot be deleted
 * before its retention end and leaves a tombstone (JL-6). The evidence of an archived
 * case is frozen — nothing added, deleted or exempted — and kept at least as long as its
 * case file; casework tells which cases are archived through
 * {@link org.sanxiang.evidence.ArchivedCases}.
 * {@link org.sanxiang.evidence.EvidenceVault} is the API;
 * {@link org.sanxiang.evidence.Coverage} says whether recordings cover an activity
 * without gaps (JL-4, JL-5) for the audio/video gates of casework.
 */
package org.sanxiang.evidence;
