package org.sanxiang.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The agency's published master data, current and as of any date, and the only way to
 * change it. Every write creates a new version of one entry with an effective date and a
 * reason, in one transaction; invalid content is refused with
 * {@link org.sanxiang.platform.InputRejected} and nothing is saved.
 */
public interface Catalog {

	// --- reading what is in force today ---

	List<Agency> agencies();

	default Optional<Agency> agency(String creditCode) {
		return current(EntryKind.AGENCY, creditCode).map(Versioned::content);
	}

	List<Unit> units();

	default Optional<Unit> unit(String code) {
		return current(EntryKind.UNIT, code).map(Versioned::content);
	}

	List<Officer> officers();

	default Optional<Officer> officer(String id) {
		return current(EntryKind.OFFICER, id).map(Versioned::content);
	}

	/** The officer holding this certificate number, whatever its status. */
	Optional<Officer> officerByCertificate(String certificateNumber);

	List<Item> items();

	default Optional<Item> item(String code) {
		return current(EntryKind.ITEM, code).map(Versioned::content);
	}

	/** 随机抽查事项清单: items flagged for random inspection. */
	default List<Item> randomInspectionList() {
		return items().stream().filter(Item::randomInspection).toList();
	}

	List<SupervisionMethod> supervisionMethods();

	// --- 重大执法决定法制审核目录 and 行政裁量基准 ---

	/**
	 * The conditions of the 重大执法决定法制审核目录 in force today, enabled or not, in their order
	 * (SH-2).
	 */
	List<MajorCondition> majorConditions();

	/**
	 * The conditions of the catalogue in force on {@code date}, enabled or not: what a
	 * case received that day applies.
	 */
	List<MajorCondition> majorConditionsAsOf(LocalDate date);

	/** Items listed in the catalogue as a whole: every decision on them is major. */
	default List<Item> majorItems() {
		return items().stream().filter(Item::majorDecision).toList();
	}

	/** 行政裁量基准 in force today, by item and order. */
	List<DiscretionBenchmark> benchmarks();

	/** The 行政裁量基准 of one item in force today, in order. */
	default List<DiscretionBenchmark> benchmarks(String itemCode) {
		return benchmarks().stream().filter(b -> b.itemCode().equals(itemCode)).toList();
	}

	// --- versions ---

	/**
	 * Entries of a kind retired as of today (废止/撤销/调离), each as its retirement version
	 * (whose content repeats the last version in force), newest retirement first.
	 */
	<T extends CatalogEntry> List<Versioned<T>> retired(EntryKind<T> kind);

	/**
	 * The officer who held this certificate number and has left the agency (调离/退休) as of
	 * today, as the retirement version: the number stays reserved to them and a check
	 * must say so.
	 */
	default Optional<Versioned<Officer>> formerOfficerByCertificate(String certificateNumber) {
		if (certificateNumber == null) {
			return Optional.empty();
		}
		String number = certificateNumber.strip();
		return retired(EntryKind.OFFICER).stream()
			.filter(v -> v.content().certificate() != null
					&& number.equalsIgnoreCase(v.content().certificate().number()))
			.findFirst();
	}

	/**
	 * The version of an entry in force on a date (latest effective date ≤ date), if any;
	 * empty when that version is a retirement.
	 */
	<T extends CatalogEntry> Optional<Versioned<T>> asOf(EntryKind<T> kind, String key, LocalDate date);

	/** The version of an entry in force today. */
	<T extends CatalogEntry> Optional<Versioned<T>> current(EntryKind<T> kind, String key);

	/**
	 * Versions recorded to take effect after today (shown as 即将生效, not yet current),
	 * earliest first.
	 */
	<T extends CatalogEntry> List<Versioned<T>> upcoming(EntryKind<T> kind, String key);

	/** Every version of one entry, retirements included, newest first. */
	<T extends CatalogEntry> List<Versioned<T>> history(EntryKind<T> kind, String key);

	/** All changes across the catalog, newest first, for the public change history. */
	List<CatalogChange> changes(int limit);

	/**
	 * Shorthand for {@code asOf(EntryKind.ITEM, code, date)} — what a case started on
	 * that date applies.
	 */
	default Optional<Versioned<Item>> itemAsOf(String code, LocalDate date) {
		return asOf(EntryKind.ITEM, code, date);
	}

	// --- changing ---

	/**
	 * Records a new version of an entry (creating the entry if the key is new).
	 * @return the version created
	 */
	<T extends CatalogEntry> Versioned<T> save(EntryKind<T> kind, T content, Change change);

	/**
	 * Retires an entry from {@code change.effectiveFrom()} (废止/撤销/调离) by recording a
	 * retirement version with the reason; nothing is deleted, earlier dates keep their
	 * versions, and a later {@link #save} publishes the entry again. Refused: unknown key
	 * ({@link org.sanxiang.platform.NotFound}), already retired (409), the agency itself,
	 * a unit still referenced by officers or items, or a date before the latest version's
	 * (422). An officer's certificate number stays reserved.
	 * @return the retirement version
	 */
	<T extends CatalogEntry> Versioned<T> retire(EntryKind<T> kind, String key, Change change);

	// --- material sample files (申请书示范文本 etc.) ---

	/** Stores a sample file once (content-addressed by SHA-256) and returns its id. */
	SampleFile storeSample(String fileName, String contentType, byte[] content);

	Optional<SampleFile> sample(String id);

}
