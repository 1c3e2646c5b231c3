package dev.servicedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.server.Cancellable;
import org.junit.jupiter.api.Test;

/** The layout the README describes, held by the build rather than by memory. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.servicedesk", "db.migration");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final int MAX_LINES = 300;

    /** The classes unit tests cover without a database: they know nothing of any framework. */
    private static final List<String> PURE = List.of(
            "dev.servicedesk.calendar.WorkingTime",
            "dev.servicedesk.calendar.CalendarRules",
            "dev.servicedesk.routing.RuleSet",
            "dev.servicedesk.routing.CompiledRule",
            "dev.servicedesk.routing.Keyword",
            "dev.servicedesk.routing.Words",
            "dev.servicedesk.routing.TicketText",
            "dev.servicedesk.routing.Evaluation",
            "dev.servicedesk.ticket.TicketLifecycle",
            "dev.servicedesk.ticket.PriorityMatrix",
            "dev.servicedesk.ticket.FieldChange",
            "dev.servicedesk.sla.ClockPlan",
            "dev.servicedesk.sla.ClockRules",
            "dev.servicedesk.sla.Pauses",
            "dev.servicedesk.sla.PolicyChoice",
            "dev.servicedesk.sla.PolicyRules",
            "dev.servicedesk.common.LanguageTags",
            "dev.servicedesk.attachment.FileNames",
            "dev.servicedesk.email.ReplyText",
            "dev.servicedesk.survey.SurveyQuestions",
            "dev.servicedesk.kpi.Period",
            "dev.servicedesk.kpi.Interval",
            "dev.servicedesk.kpi.KpiAssembly",
            "dev.servicedesk.kb.Languages",
            "dev.servicedesk.kb.LanguageVersion",
            "dev.servicedesk.cmdb.CiCondition",
            "dev.servicedesk.cmdb.impact.FailureSpread",
            "dev.servicedesk.announcement.AnnouncementRules",
            "dev.servicedesk.announcement.AnnouncementChecks",
            "dev.servicedesk.announcement.AnnouncementTexts",
            "dev.servicedesk.announcement.PhaseTrack",
            "dev.servicedesk.identity.RatePolicy",
            "dev.servicedesk.webhook.AddressRanges",
            "dev.servicedesk.common.RetrySchedule");

    @Test
    void shouldDependOnlyDownwardInTheDocumentedOrder() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("sync")
                .definedBy("dev.servicedesk.sync..")
                .layer("kpi")
                .definedBy("dev.servicedesk.kpi..")
                .layer("email")
                .definedBy("dev.servicedesk.email..")
                .layer("notification")
                .definedBy("dev.servicedesk.notification..")
                .layer("webhook")
                .definedBy("dev.servicedesk.webhook..")
                .layer("attachment")
                .definedBy("dev.servicedesk.attachment..")
                .layer("survey")
                .definedBy("dev.servicedesk.survey..")
                .layer("announcement")
                .definedBy("dev.servicedesk.announcement..")
                .layer("kb")
                .definedBy("dev.servicedesk.kb..")
                .layer("escalation")
                .definedBy("dev.servicedesk.escalation..")
                .layer("sla")
                .definedBy("dev.servicedesk.sla..")
                .layer("routing")
                .definedBy("dev.servicedesk.routing..")
                .layer("ticket")
                .definedBy("dev.servicedesk.ticket..")
                .layer("cmdb")
                .definedBy("dev.servicedesk.cmdb..")
                .layer("queue")
                .definedBy("dev.servicedesk.queue..")
                .layer("calendar")
                .definedBy("dev.servicedesk.calendar..")
                .layer("event")
                .definedBy("dev.servicedesk.event..")
                .layer("audit")
                .definedBy("dev.servicedesk.audit..")
                .layer("identity")
                .definedBy("dev.servicedesk.identity..")
                .layer("common")
                .definedBy("dev.servicedesk.common..")
                .layer("migrations")
                .definedBy("db.migration..")
                .whereLayer("sync")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("kpi")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("email")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("notification")
                .mayOnlyBeAccessedByLayers("email")
                .whereLayer("webhook")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("attachment")
                .mayOnlyBeAccessedByLayers("email")
                .whereLayer("survey")
                .mayOnlyBeAccessedByLayers("notification")
                .whereLayer("announcement")
                .mayOnlyBeAccessedByLayers("notification", "sync", "kpi")
                .whereLayer("kb")
                .mayOnlyBeAccessedByLayers("sync")
                .whereLayer("escalation")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("sla")
                .mayOnlyBeAccessedByLayers("escalation")
                .whereLayer("routing")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("ticket")
                .mayOnlyBeAccessedByLayers(
                        "routing",
                        "sla",
                        "escalation",
                        "kb",
                        "announcement",
                        "attachment",
                        "survey",
                        "notification",
                        "email",
                        "sync",
                        "kpi")
                .whereLayer("cmdb")
                .mayOnlyBeAccessedByLayers("ticket", "routing", "sla", "announcement", "sync")
                .whereLayer("queue")
                .mayOnlyBeAccessedByLayers("ticket", "routing", "sla", "escalation")
                .whereLayer("calendar")
                .mayOnlyBeAccessedByLayers("sla", "escalation")
                .whereLayer("event")
                .mayOnlyBeAccessedByLayers(
                        "ticket",
                        "sla",
                        "escalation",
                        "kb",
                        "cmdb",
                        "announcement",
                        "webhook",
                        "notification",
                        "survey")
                .whereLayer("audit")
                .mayOnlyBeAccessedByLayers(
                        "calendar", "queue", "ticket", "routing", "sla", "kb", "cmdb", "announcement", "webhook")
                .whereLayer("identity")
                .mayOnlyBeAccessedByLayers(
                        "audit",
                        "calendar",
                        "queue",
                        "ticket",
                        "routing",
                        "sla",
                        "escalation",
                        "kb",
                        "cmdb",
                        "announcement",
                        "event",
                        "webhook",
                        "attachment",
                        "survey",
                        "notification",
                        "email",
                        "sync",
                        "kpi")
                .whereLayer("migrations")
                .mayNotBeAccessedByAnyLayer()
                .check(MAIN);
    }

    /**
     * A request goes on to its end when its client goes away: cancelled, Hibernate Reactive would
     * close the session under a live transaction and keep the connection from the pool.
     */
    private static final String RESOURCE = "jakarta.ws.rs.Path";

    @Test
    void shouldLetEveryResourceFinishWhatItStarted() {
        classes()
                .that()
                .areAnnotatedWith(RESOURCE)
                .should()
                .beAnnotatedWith(Cancellable.class)
                .check(MAIN);
        MAIN.stream()
                .filter(type -> type.isAnnotatedWith(RESOURCE))
                .forEach(type -> assertThat(
                                type.getAnnotationOfType(Cancellable.class).value())
                        .as(type.getName())
                        .isFalse());
    }

    /**
     * Every resource class sits at the API's root and its methods carry their whole paths: Quarkus
     * maps each request once more against all class paths, with a mapper it builds per request, to
     * name its template for the metrics, so the fewer class paths the cheaper every request.
     */
    @Test
    void shouldRootEveryResourceAtTheApi() {
        List<String> elsewhere = MAIN.stream()
                .filter(type -> type.isAnnotatedWith(RESOURCE))
                .filter(type -> !"/api/v1"
                        .equals(type.getAnnotationOfType(RESOURCE).get("value").orElseThrow()))
                .map(JavaClass::getName)
                .toList();
        assertThat(elsewhere).isEmpty();
    }

    /** A feature's dto package (its API records) is part of the feature. */
    @Test
    void shouldHaveNoCyclesBetweenFeatures() {
        slices().matching("dev.servicedesk.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void shouldKeepThePureClassesFreeOfFrameworks() {
        classes()
                .that()
                .haveNameMatching(PURE.stream().map(Pattern::quote).collect(Collectors.joining("|")))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.servicedesk..")
                .check(MAIN);
        assertThat(PURE)
                .allSatisfy(name -> assertThat(MAIN.contain(name)).as(name).isTrue());
    }

    @Test
    void shouldKeepEveryMainSourceFileUnderThreeHundredLines() throws IOException {
        Map<Path, Long> tooLong;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            tooLong = files
                    .filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.toMap(file -> file, ArchitectureTest::lines))
                    .entrySet()
                    .stream()
                    .filter(entry -> entry.getValue() > MAX_LINES)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        assertThat(tooLong).isEmpty();
    }

    /**
     * An entity and the API record that shows it never share a name, so no code needs a qualified
     * one; nor does a class of a library (comments and string literals aside).
     */
    @Test
    void shouldNeedNoFullyQualifiedClassNames() throws IOException {
        Pattern qualified = Pattern.compile("(?<![\\w.@])[a-z]\\w*(\\.[a-z]\\w*)+\\.[A-Z]");
        List<String> found;
        try (Stream<Path> files = Stream.concat(Files.walk(SOURCES), Files.walk(Path.of("src/test/java")))) {
            found = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> codeLines(file).stream()
                            .filter(line -> qualified.matcher(line).find())
                            .map(line -> file.getFileName() + ": " + line.strip()))
                    .toList();
        }
        assertThat(found).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines that are code: no package or import statement, string literals emptied. */
    private static List<String> codeLines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> !line.startsWith("package ") && !line.startsWith("import "))
                    .filter(line ->
                            !line.strip().startsWith("*") && !line.strip().startsWith("//"))
                    .map(line -> line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\""))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
