package org.journeycanvas.io.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.junit.jupiter.api.Test;

class MermaidJourneyReaderTest {
    /** The example of Mermaid's documentation (docs/syntax/userJourney.md). */
    static final String DOCUMENTED = """
            journey
                title My working day
                section Go to work
                  Make tea: 5: Me
                  Go upstairs: 3: Me
                  Do work: 1: Me, Cat
                section Go home
                  Go downstairs: 5: Me
                  Sit down: 5: Me
            """;

    static JourneyMap read(String text) throws MermaidFormatException {
        return new MermaidJourneyReader(new IdGenerator(new Random(7))).read(text);
    }

    static List<String> actions(Persona persona, Stage stage) {
        return lane(persona, LaneKind.ACTIONS).cardsAt(stage.id()).stream()
                .map(Card::text)
                .toList();
    }

    static List<Integer> scores(Persona persona, Stage stage) {
        return lane(persona, LaneKind.EMOTIONS).cardsAt(stage.id()).stream()
                .map(Card::score)
                .toList();
    }

    static Lane lane(Persona persona, LaneKind kind) {
        return persona.lanes().stream()
                .filter(lane -> lane.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static List<MermaidProblem> problems(String text) {
        try {
            read(text);
        } catch (MermaidFormatException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found in " + text);
    }

    @Test
    void theDocumentedExampleBecomesStagesPersonasActionsAndEmotions() throws Exception {
        JourneyMap map = read(DOCUMENTED);

        assertThat(map.title()).isEqualTo("My working day");
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Go to work", "Go home");
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Me", "Cat");
        Persona me = map.personas().get(0);
        Persona cat = map.personas().get(1);
        assertThat(me.lanes()).extracting(Lane::kind).containsExactlyElementsOf(LaneKind.NEW_PERSONA_LANES);
        assertThat(actions(me, map.stages().get(0))).containsExactly("Make tea", "Go upstairs", "Do work");
        assertThat(scores(me, map.stages().get(0))).containsExactly(2, 0, -2);
        assertThat(actions(me, map.stages().get(1))).containsExactly("Go downstairs", "Sit down");
        assertThat(scores(me, map.stages().get(1))).containsExactly(2, 2);
        assertThat(actions(cat, map.stages().get(0))).containsExactly("Do work");
        assertThat(scores(cat, map.stages().get(0))).containsExactly(-2);
        assertThat(actions(cat, map.stages().get(1))).isEmpty();
    }

    @Test
    void commentsAreSkippedWhereMermaidSkipsThem() throws Exception {
        JourneyMap map = read("""
                %% a comment before the diagram
                journey %% and after the keyword
                    %% a comment line
                    # a hash comment line
                    title Coffee # the rest is a comment
                    section Morning # here too
                      Grind beans: 4: Me # and here
                      Pour: 5: Me, You
                """);

        assertThat(map.title()).isEqualTo("Coffee");
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Morning");
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Me", "You");
        assertThat(actions(map.personas().get(0), map.stages().get(0))).containsExactly("Grind beans", "Pour");
    }

    @Test
    void linesReadAsMermaidReadsThem() throws Exception {
        // Checked against Mermaid 11: "x%%" where a statement starts is a comment (the lexer's second comment rule),
        // a third part after the actors is ignored (journeyDb splits at ":"), "%%" inside the actors is text.
        JourneyMap map = read("journey\nsection A\nx%% a comment\nT: 3: A: extra\nU: 4: Me %% c, You\n");

        assertThat(map.personas()).extracting(Persona::name).containsExactly("A", "Me %% c", "You");
        assertThat(actions(map.personas().get(0), map.stages().get(0))).containsExactly("T");
    }

    @Test
    void accessibilityLinesGiveTheTitleAndTheDescription() throws Exception {
        JourneyMap single = read("""
                journey
                  accTitle: Tea time
                  accDescr: How I make tea; with # and : inside
                  section Kitchen
                    Boil water: 3: Me
                """);
        assertThat(single.title()).isEqualTo("Tea time");
        assertThat(single.description()).isEqualTo("How I make tea; with # and : inside");

        JourneyMap multi = read("""
                journey
                  title Tea
                  accTitle: Ignored beside a title
                  accDescr {
                    First line
                      Second, indented
                    Third
                  }
                  section Kitchen
                    Boil water: 3: Me
                """);
        assertThat(multi.title()).isEqualTo("Tea");
        assertThat(multi.description()).isEqualTo("First line\n  Second, indented\nThird");
        assertThat(multi.stages()).extracting(Stage::name).containsExactly("Kitchen");

        JourneyMap oneLineBraces = read("journey\naccDescr { All in one }\nsection A\nT: 2: X\n");
        assertThat(oneLineBraces.description()).isEqualTo("All in one");
    }

    @Test
    void indentationKeywordCaseAndLineEndsAreFree() throws Exception {
        JourneyMap map = read(
                "journey\r\nTITLE Flat\r\n\tSECTION Tabbed\r\nTask one:2:A,B\r\n        Task two :  4  :  B  \r\n");

        assertThat(map.title()).isEqualTo("Flat");
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Tabbed");
        assertThat(map.personas()).extracting(Persona::name).containsExactly("A", "B");
        Persona b = map.personas().get(1);
        assertThat(actions(b, map.stages().get(0))).containsExactly("Task one", "Task two");
        assertThat(scores(b, map.stages().get(0))).containsExactly(-1, 1);
    }

    @Test
    void tasksWithoutSectionOrActorsGetAStageAndAPersonaOfTheirOwn() throws Exception {
        JourneyMap map = read("journey\n  Wake up: 2\n  section Day\n  Work: 3:\n");

        assertThat(map.stages()).extracting(Stage::name).containsExactly("Journey", "Day");
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Persona");
        assertThat(actions(map.personas().get(0), map.stages().get(0))).containsExactly("Wake up");
        assertThat(scores(map.personas().get(0), map.stages().get(1))).containsExactly(0);
    }

    @Test
    void anEmptyJourneyHasOnePersonaAndNoStages() throws Exception {
        JourneyMap map = read("journey\n");

        assertThat(map.title()).isEmpty();
        assertThat(map.stages()).isEmpty();
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Persona");
    }

    @Test
    void entityCodesColonsCommasAndUnicodeAreText() throws Exception {
        JourneyMap map = read("""
                journey
                  title Ein Tag: 日本 🚀
                  section Étape#58; un
                    Café, croissant#59; l'addition#58; payée: 4: Zoë#44; la chef, 山田
                """);

        assertThat(map.title()).isEqualTo("Ein Tag: 日本 🚀");
        assertThat(map.stages()).extracting(Stage::name).containsExactly("Étape: un");
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Zoë, la chef", "山田");
        assertThat(actions(map.personas().get(1), map.stages().get(0)))
                .containsExactly("Café, croissant; l'addition: payée");
    }

    @Test
    void aMarkdownFenceAndFrontMatterAreUnwrapped() throws Exception {
        JourneyMap map = read(
                "```mermaid\n---\ntitle: \"From front matter\"\n---\njourney\n section S\n  T: 5: A\n```\nafter\n");

        assertThat(map.title()).isEqualTo("From front matter");
        assertThat(map.stages()).extracting(Stage::name).containsExactly("S");
        assertThat(MermaidJourneyReader.isJourney("\n%% hi\n  journey\n")).isTrue();
        assertThat(MermaidJourneyReader.isJourney("Make tea")).isFalse();
        assertThat(MermaidJourneyReader.isJourney("journeys are long\nand winding"))
                .isFalse();
        assertThat(MermaidJourneyReader.isJourney("journey %% the onboarding\nsection Sign up"))
                .isTrue();
    }

    @Test
    void eachProblemIsReportedWithItsLineNumber() {
        List<MermaidProblem> problems = problems("""
                journey
                  title Tea
                  section Kitchen
                  Make tea: high: Me
                  Drink tea: 6: Me
                  Just some words
                  : 3: Me
                  section A: B
                  Pay; leave: 3: Me
                  journey: 3: Me
                  section
                  Wash up: 2.5: Me
                  journeyman: 3: Me
                """);

        assertThat(problems).extracting(MermaidProblem::line).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(problems.get(0).toString())
                .isEqualTo("line 4: \"Make tea: high: Me\" — the score must be a number from 1 to 5");
        assertThat(problems.get(2).message()).contains("expected a task");
        assertThat(problems.get(3).message()).contains("needs a name");
        assertThat(problems.get(4).message()).contains("cannot contain \":\"");
        assertThat(problems.get(5).message()).contains(";");
        assertThat(problems.get(6).message()).contains("\"journey\" may only start the text");
        assertThat(problems.get(7).message()).contains("needs a name after \"section\"");
    }

    @Test
    void anUnclosedDescriptionAndJunkAfterTheKeywordAreProblems() {
        assertThat(problems("journey now\nsection A\n"))
                .extracting(MermaidProblem::line)
                .containsExactly(1);
        assertThat(problems("journey\nsection A\naccDescr {\n  never closed\n"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(3));
    }

    @Test
    void anotherDiagramOrNothingIsOneClearMessage() {
        assertThatThrownBy(() -> read("flowchart TD\n  A --> B\n"))
                .isInstanceOf(MermaidFormatException.class)
                .hasMessage("line 1: \"flowchart TD\" — this is not a Mermaid user journey:"
                        + " it must start with the line \"journey\"");
        assertThatThrownBy(() -> read("JOURNEY\n")).hasMessageContaining("not a Mermaid user journey");
        assertThatThrownBy(() -> read("  \n%% only a comment\n"))
                .isInstanceOf(MermaidFormatException.class)
                .hasMessageContaining("the text is empty");
    }
}
