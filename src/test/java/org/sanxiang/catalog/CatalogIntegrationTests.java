package org.sanxiang.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Versioning on PostgreSQL: an edit is a new version; old versions stay readable by date.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class CatalogIntegrationTests {

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void demoDataDescribesTheXintianBureau() {
		Agency agency = this.catalog.agency(CatalogDemoData.AGENCY).orElseThrow();
		assertThat(agency.name()).isEqualTo("新田县发展和改革局");
		assertThat(CreditCode.isValid(agency.creditCode())).isTrue();
		assertThat(this.catalog.units()).extracting(Unit::code)
			.containsExactly("JLD", "BGS", "FGG", "LSTK", "TZK", "NYK", "JGK", "ZWFW");
		assertThat(this.catalog.officers()).hasSizeGreaterThanOrEqualTo(6).allMatch(Officer::example);
		assertThat(this.catalog.officerByCertificate("43112823005").orElseThrow().certificate().status())
			.isEqualTo(CertificateStatus.SUSPENDED);
		assertThat(
				this.catalog.officerByCertificate("43112819006").orElseThrow().certifiedOn(LocalDate.now(this.clock)))
			.isFalse();
		assertThat(this.catalog.items()).extracting(Item::category)
			.contains(PowerCategory.LICENSING, PowerCategory.INSPECTION, PowerCategory.PENALTY);
		assertThat(this.catalog.randomInspectionList()).extracting(Item::code).contains("JC-001");
		assertThat(this.catalog.items()).allSatisfy(item -> {
			assertThat(item.legalBases()).isNotEmpty();
			assertThat(item.materials()).allSatisfy(m -> assertThat(this.catalog.sample(m.sampleFileId())).isPresent());
		});
		assertThat(this.catalog.supervisionMethods()).extracting(SupervisionMethod::channel).contains("12345");
	}

	@Test
	void demoItemHasASecondVersionWithItsReason() {
		List<Versioned<Item>> history = this.catalog.history(EntryKind.ITEM, "XK-001");
		assertThat(history).extracting(Versioned::version).containsExactly(2, 1);
		assertThat(history.get(0).reason()).contains("优化营商环境");
		assertThat(this.catalog.itemAsOf("XK-001", LocalDate.of(2026, 3, 1))
			.orElseThrow()
			.content()
			.promisedLimit()
			.amount()).isEqualTo(10);
		assertThat(this.catalog.itemAsOf("XK-001", LocalDate.of(2026, 6, 1))
			.orElseThrow()
			.content()
			.promisedLimit()
			.amount()).isEqualTo(7);
		assertThat(this.catalog.itemAsOf("XK-001", LocalDate.of(2025, 12, 31))).isEmpty();
	}

	@Test
	void anEditYieldsANewVersionAndTheOldOneStaysReadableByDate() {
		LocalDate today = LocalDate.now(this.clock);
		Item first = CatalogFixtures.item("T-EDIT", 10);
		this.catalog.save(EntryKind.ITEM, first, new Change(today.minusDays(30), "首次公示", "admin"));
		Versioned<Item> second = this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-EDIT", 8),
				new Change(today.minusDays(1), "《测试条例》修订", "admin"));

		assertThat(second.version()).isEqualTo(2);
		assertThat(this.catalog.item("T-EDIT").orElseThrow().promisedLimit().amount()).isEqualTo(8);
		assertThat(this.catalog.itemAsOf("T-EDIT", today.minusDays(10)).orElseThrow().version()).isEqualTo(1);
		assertThat(this.catalog.itemAsOf("T-EDIT", today.minusDays(31))).isEmpty();
		assertThat(this.catalog.history(EntryKind.ITEM, "T-EDIT")).extracting(Versioned::reason)
			.containsExactly("《测试条例》修订", "首次公示");
		assertThat(this.catalog.changes(5)).first().satisfies(change -> {
			assertThat(change.key()).isEqualTo("T-EDIT");
			assertThat(change.kindLabel()).isEqualTo("权责事项");
			assertThat(change.version()).isEqualTo(2);
		});
	}

	@Test
	void aVersionEffectiveInTheFutureIsStoredAsUpcomingButIsNotCurrent() {
		LocalDate today = LocalDate.now(this.clock);
		this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-FUTURE", 10),
				new Change(today.minusDays(5), "首次公示", "admin"));
		this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-FUTURE", 5),
				new Change(today.plusDays(30), "下月起压缩承诺时限", "admin"));

		assertThat(this.catalog.item("T-FUTURE").orElseThrow().promisedLimit().amount()).isEqualTo(10);
		assertThat(this.catalog.upcoming(EntryKind.ITEM, "T-FUTURE")).extracting(Versioned::version).containsExactly(2);
		assertThat(
				this.catalog.itemAsOf("T-FUTURE", today.plusDays(30)).orElseThrow().content().promisedLimit().amount())
			.isEqualTo(5);
		assertThat(this.catalog.history(EntryKind.ITEM, "T-FUTURE")).extracting(Versioned::version)
			.containsExactly(2, 1);
	}

	@Test
	void anEntryFirstEffectiveInTheFutureIsNotListedYet() {
		LocalDate today = LocalDate.now(this.clock);
		this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-LATER", 10),
				new Change(today.plusDays(1), "明日起施行", "admin"));
		assertThat(this.catalog.items()).extracting(Item::code).doesNotContain("T-LATER");
		assertThat(this.catalog.item("T-LATER")).isEmpty();
	}

	@Test
	void sameDayVersionsAreOrderedByVersionNumber() {
		LocalDate today = LocalDate.now(this.clock);
		this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-TIE", 10), new Change(today, "首次公示", "admin"));
		this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-TIE", 9), new Change(today, "当日更正", "admin"));
		assertThat(this.catalog.item("T-TIE").orElseThrow().promisedLimit().amount()).isEqualTo(9);
	}

	@Test
	void aRejectedSaveWritesNothing() {
		long before = versionRows();
		Item bad = CatalogFixtures.item("T-BAD", 30); // promised 30 > statutory 20
		assertThatThrownBy(
				() -> this.catalog.save(EntryKind.ITEM, bad, new Change(LocalDate.now(this.clock), "测试", "admin")))
			.isInstanceOfSatisfying(InputRejected.class, ex -> {
				assertThat(ex.kind()).isEqualTo(InputRejected.Kind.UNPROCESSABLE);
				assertThat(ex.errors()).extracting(InputRejected.FieldError::field)
					.containsExactly("promisedLimit.amount");
			});
		assertThat(versionRows()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from catalog_entry where key = 'T-BAD'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aCertificateNumberBelongsToOneOfficer() {
		Officer holder = this.catalog.officerByCertificate("43112823001").orElseThrow();
		Officer other = CatalogFixtures.officer("T-OFF-DUP", "43112823001");
		long before = versionRows();
		assertThatThrownBy(
				() -> this.catalog.save(EntryKind.OFFICER, other, new Change(LocalDate.now(this.clock), "测试", "admin")))
			.isInstanceOfSatisfying(InputRejected.class, ex -> {
				assertThat(ex.kind()).isEqualTo(InputRejected.Kind.CONFLICT);
				assertThat(ex.errors()).extracting(InputRejected.FieldError::field)
					.containsExactly("certificate.number");
			});
		assertThat(versionRows()).isEqualTo(before);
		// the holder may record a new version with the same number
		Versioned<Officer> again = this.catalog.save(EntryKind.OFFICER, holder,
				new Change(LocalDate.now(this.clock), "职务调整", "admin"));
		assertThat(again.version()).isGreaterThan(1);
	}

	@Test
	void anAgencyCodeFailingTheChecksumNeedsAnExplicitOverrideReason() {
		Agency pilot = new Agency("91350100M0001TGQXM", "早期试点赋码的示例单位", "示例", null, null, null, null, null, null, null);
		assertThatThrownBy(
				() -> this.catalog.save(EntryKind.AGENCY, pilot, new Change(LocalDate.now(this.clock), "测试", "admin")))
			.isInstanceOfSatisfying(InputRejected.class, ex -> {
				assertThat(ex.kind()).isEqualTo(InputRejected.Kind.UNPROCESSABLE);
				assertThat(ex.errors()).extracting(InputRejected.FieldError::field).containsExactly("creditCode");
			});
		Versioned<Agency> saved = this.catalog.save(EntryKind.AGENCY, pilot,
				new Change(LocalDate.now(this.clock), "测试", "admin", "2015年福州试点赋码，经登记机关确认合法有效"));
		assertThat(saved.version()).isEqualTo(1);
		assertThat(this.jdbc.sql("select credit_code_override from catalog_version where key = '91350100M0001TGQXM'")
			.query(String.class)
			.single()).contains("福州试点");
	}

	@Test
	void sampleFilesAreStoredOnceByContent() {
		byte[] content = "申请书示范文本（测试）".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		SampleFile first = this.catalog.storeSample("申请书.txt", "text/plain", content);
		SampleFile again = this.catalog.storeSample("另一个名字.txt", "text/plain", content);
		assertThat(again.id()).isEqualTo(first.id()).hasSize(64);
		assertThat(this.catalog.sample(first.id()).orElseThrow().content()).isEqualTo(content);
		assertThatThrownBy(() -> this.catalog.storeSample("病毒.exe", "application/octet-stream", content))
			.isInstanceOf(InputRejected.class);
		assertThatThrownBy(() -> this.catalog.storeSample("伪装.pdf", "application/pdf", content))
			.isInstanceOf(InputRejected.class);
		assertThatThrownBy(
				() -> this.catalog.storeSample("太大.txt", "text/plain", new byte[JdbcCatalog.SAMPLE_MAX_BYTES + 1]))
			.isInstanceOf(InputRejected.class);
	}

	private long versionRows() {
		return this.jdbc.sql("select count(*) from catalog_version").query(Long.class).single();
	}

}
