package org.sanxiang;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules that read like requirements (STYLE.md 3 and 8). */
@AnalyzeClasses(packages = "org.sanxiang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final DescribedPredicate<JavaClass> DOMAIN_VALUES = DescribedPredicate.describe(
			"records and enums of a module's domain",
			c -> (c.isEnum() || c.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false))
					&& !c.getPackageName().contains(".web") && !c.getSimpleName().endsWith("Form")
					&& !c.getName().contains("Controller") && !c.getName().contains("Api")
					// a value nested in a Spring adapter (e.g. a sign-in outcome) belongs
					// to that adapter
					&& c.getEnclosingClass().map(e -> !e.isMetaAnnotatedWith(Component.class)).orElse(true));

	/** The domain compiles without Spring: statutory rules stay testable and portable. */
	@ArchTest
	static final ArchRule domain_values_do_not_depend_on_spring = noClasses().that(DOMAIN_VALUES)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.servlet..");

	/**
	 * Controllers are package-private: a module's public surface is its API, not its
	 * pages.
	 */
	@ArchTest
	static final ArchRule controllers_are_not_public = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

}
