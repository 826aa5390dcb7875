package org.sanxiang.journal;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.sanxiang.calendar.CalendarChanged;
import org.sanxiang.catalog.CatalogEntryChanged;
import org.sanxiang.identity.AccessEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type of entry the journal records is named in Chinese wherever staff read it (the
 * case page, the journal's pages, the review's procedure summary), so a new event cannot
 * reach those pages as a bare class name.
 */
class EntryTypesTests {

	@Test
	void everyTypeOfEntryTheJournalRecordsHasAChineseName() {
		List<String> types = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.sanxiang")
			.stream()
			.filter(EntryTypesTests::journaled)
			.map(JavaClass::getSimpleName)
			.toList();
		assertThat(types).contains("ApplicationReceived", "EvidenceAdded", "ReviewSubmitted", "DocumentIssued",
				"StaffLoggedIn", "CalendarChanged", "CatalogEntryChanged");
		assertThat(types).allSatisfy(type -> assertThat(EntryTypes.label(type)).as(type).isNotEqualTo(type));
		// appended by the journal itself when a case's record is exported
		assertThat(EntryTypes.label("CaseRecordExported")).isEqualTo("导出全过程记录");
	}

	@Test
	void theDocumentsEntriesAreNamedAsTheConsoleSaysThem() {
		assertThat(EntryTypes.label("DocumentIssued")).isEqualTo("签发执法文书");
		assertThat(EntryTypes.label("DocumentVoided")).isEqualTo("作废执法文书");
		assertThat(EntryTypes.label("DocumentStatusChanged")).isEqualTo("文书状态变更");
		assertThat(EntryTypes.label("DocumentTemplateChanged")).isEqualTo("文书模板变更");
		assertThat(EntryTypes.label("CaseFileAssembled")).isEqualTo("电子案卷组卷");
		assertThat(EntryTypes.label("CaseFileExported")).isEqualTo("导出电子案卷");
		assertThat(EntryTypes.label("EvidenceRetentionExtended")).isEqualTo("延长证据保管期限");
	}

	@Test
	void theComplaintEntriesAreNamedInChinese() {
		assertThat(EntryTypes.label("ComplaintReceived")).isEqualTo("收到投诉举报");
		assertThat(EntryTypes.label("ComplaintReplied")).isEqualTo("答复投诉举报");
		assertThat(EntryTypes.label("ComplaintClosed")).isEqualTo("投诉举报办结");
	}

	/** A concrete event the journal appends under its simple name (JournalRecorder). */
	private static boolean journaled(JavaClass c) {
		return !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT)
				&& (c.isAssignableTo(Journaled.class) || c.isAssignableTo(AccessEvent.class)
						|| c.isAssignableTo(CalendarChanged.class) || c.isAssignableTo(CatalogEntryChanged.class));
	}

}
