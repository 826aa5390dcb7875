package org.sanxiang.catalog;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.InputRejected.Kind;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a catalog version must satisfy before it is written, without a database. */
class CatalogRulesTests {

	private static final CatalogRules.Lookup KNOWN = new CatalogRules.Lookup(CatalogDemoData.AGENCY::equals,
			"TZK"::equals, id -> false);

	private static final Change CHANGE = new Change(LocalDate.of(2026, 1, 1), "测试", "admin");

	@Test
	void acceptsAValidItemWithHtmlInItsTextBecauseViewsEscapeIt() {
		Item item = CatalogFixtures.item("T-1", 10);
		Item html = new Item(item.code(), item.agencyCode(), "<b>事项</b>", item.category(), item.subcategory(),
				item.legalBases(), item.unitCode(), "第一行\n第二行<script>", item.procedureSteps(), item.statutoryLimit(),
				item.promisedLimit(), item.fee(), item.materials(), false, false, false, null, null);
		assertThatCode(() -> CatalogRules.check(html, CHANGE, KNOWN)).doesNotThrowAnyException();
	}

	@Test
	void refusesAPromisedLimitLongerThanTheStatutoryOne() {
		assertRejected(CatalogFixtures.item("T-1", 21), CHANGE, Kind.UNPROCESSABLE, "promisedLimit.amount");
	}

	@Test
	void refusesAnItemWithoutLegalBasisOrUnknownUnit() {
		Item item = CatalogFixtures.item("T-1", 10);
		Item bare = new Item(item.code(), item.agencyCode(), item.name(), item.category(), item.subcategory(),
				List.of(), item.unitCode(), null, null, item.statutoryLimit(), item.promisedLimit(), null, null, false,
				false, false, null, null);
		assertRejected(bare, CHANGE, Kind.INVALID, "legalBases");
		Item elsewhere = new Item(item.code(), item.agencyCode(), item.name(), item.category(), item.subcategory(),
				item.legalBases(), "NOPE", null, null, item.statutoryLimit(), item.promisedLimit(), null, null, false,
				false, false, null, null);
		assertRejected(elsewhere, CHANGE, Kind.UNPROCESSABLE, "unitCode");
	}

	@Test
	void refusesNonPositiveTimeLimitsAndUnknownLicensingTypes() {
		Item item = CatalogFixtures.item("T-1", 10);
		Item zero = new Item(item.code(), item.agencyCode(), item.name(), item.category(), "许可", item.legalBases(),
				item.unitCode(), null, null, new TimeLimit(0, DayUnit.WORKING_DAYS), null, null, null, false, false,
				false, null, null);
		assertRejected(zero, CHANGE, Kind.INVALID, "subcategory");
		Item zeroDays = new Item(item.code(), item.agencyCode(), item.name(), item.category(), "核准", item.legalBases(),
				item.unitCode(), null, null, new TimeLimit(0, DayUnit.WORKING_DAYS), null, null, null, false, false,
				false, null, null);
		assertRejected(zeroDays, CHANGE, Kind.UNPROCESSABLE, "statutoryLimit.amount");
	}

	@Test
	void refusesControlCharactersInSingleLineFields() {
		Item item = CatalogFixtures.item("T-1", 10);
		Item control = new Item(item.code(), item.agencyCode(), "事项\n名称", item.category(), item.subcategory(),
				item.legalBases(), item.unitCode(), null, null, item.statutoryLimit(), item.promisedLimit(), null, null,
				false, false, false, null, null);
		assertRejected(control, CHANGE, Kind.INVALID, "name");
	}

	@Test
	void refusesACertificateEndingBeforeItStarts() {
		Officer officer = new Officer(
				"T-O", CatalogDemoData.AGENCY, "测试", "TZK", null, new Certificate("43112826999", "湖南省人民政府",
						LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), CertificateStatus.VALID),
				List.of(), null, true);
		assertRejected(officer, CHANGE, Kind.UNPROCESSABLE, "certificate.validTo");
	}

	@Test
	void requiresAnEffectiveDateAndAReason() {
		assertRejected(CatalogFixtures.item("T-1", 10), new Change(null, " ", "admin"), Kind.INVALID, "effectiveFrom",
				"reason");
	}

	@Test
	void acceptsAPilotCreditCodeOnlyWithAnOverrideReason() {
		Agency pilot = new Agency("91350100M0001TGQXM", "试点单位", "试点", null, null, null, null, null, null, null);
		assertRejected(pilot, CHANGE, Kind.UNPROCESSABLE, "creditCode");
		assertThatCode(() -> CatalogRules.check(pilot,
				new Change(CHANGE.effectiveFrom(), CHANGE.reason(), CHANGE.actor(), "早期试点赋码，经核实合法"), KNOWN))
			.doesNotThrowAnyException();
	}

	@Test
	void aCatalogueConditionNeedsAKindANameAndABasis() {
		assertRejected(new MajorCondition("X", CatalogDemoData.AGENCY, null, "", "", false, true, -1), CHANGE,
				Kind.INVALID, "kind", "name", "basis", "position");
		assertThatCode(() -> CatalogRules.check(new MajorCondition("AFTER_HEARING", CatalogDemoData.AGENCY,
				MajorConditionKind.AFTER_HEARING, "经过听证程序作出的", "国办发〔2018〕118号", false, true, 3), CHANGE, KNOWN))
			.doesNotThrowAnyException();
	}

	@Test
	void theFourConditionsOfTheStatutoryMinimumCannotBeSwitchedOff() {
		assertRejected(new MajorCondition("AFTER_HEARING", CatalogDemoData.AGENCY, MajorConditionKind.AFTER_HEARING,
				"经过听证程序作出的", "国办发〔2018〕118号", false, false, 3), CHANGE, Kind.INVALID, "enabled");
		assertThatCode(() -> CatalogRules.check(new MajorCondition("COMPLEX_NOVEL", CatalogDemoData.AGENCY,
				MajorConditionKind.COMPLEX_NOVEL, "疑难复杂", "依据", true, false, 5), CHANGE, KNOWN))
			.doesNotThrowAnyException();
	}

	@Test
	void eachKindButOtherIsListedOnce() {
		CatalogRules.Lookup taken = new CatalogRules.Lookup(CatalogDemoData.AGENCY::equals, "TZK"::equals, id -> false,
				code -> true, c -> java.util.Optional.of("PUBLIC_INTEREST"));
		MajorCondition second = new MajorCondition("P2", CatalogDemoData.AGENCY, MajorConditionKind.PUBLIC_INTEREST,
				"公共利益", "依据", false, true, 1);
		assertThatThrownBy(() -> CatalogRules.check(second, CHANGE, taken)).isInstanceOfSatisfying(InputRejected.class,
				ex -> org.assertj.core.api.Assertions.assertThat(ex.errors())
					.extracting(FieldError::field)
					.containsExactly("kind"));
		MajorCondition another = new MajorCondition("OTHER-2", CatalogDemoData.AGENCY, MajorConditionKind.OTHER, "其他",
				"依据", false, true, 1);
		assertThatCode(() -> CatalogRules.check(another, CHANGE, taken)).doesNotThrowAnyException();
	}

	@Test
	void aBenchmarkRangeHasAUnitAndDoesNotRunBackwards() {
		assertRejected(new DiscretionBenchmark("B", CatalogDemoData.AGENCY, "XK-001", "情形", "标准",
				java.math.BigDecimal.ONE, null, null, "依据", 1), CHANGE, Kind.INVALID, "unit");
		assertRejected(new DiscretionBenchmark("B", CatalogDemoData.AGENCY, "XK-001", "情形", "标准",
				java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, "日", "依据", 1), CHANGE, Kind.UNPROCESSABLE,
				"maximum");
		assertRejected(new DiscretionBenchmark("B", CatalogDemoData.AGENCY, "", "", "", null, null, null, "", 1),
				CHANGE, Kind.INVALID, "itemCode", "circumstance", "standard", "basis");
	}

	private static void assertRejected(CatalogEntry content, Change change, Kind kind, String... fields) {
		assertThatThrownBy(() -> CatalogRules.check(content, change, KNOWN)).isInstanceOfSatisfying(InputRejected.class,
				ex -> {
					org.assertj.core.api.Assertions.assertThat(ex.kind()).isEqualTo(kind);
					org.assertj.core.api.Assertions.assertThat(ex.errors())
						.extracting(FieldError::field)
						.contains(fields);
				});
	}

}
