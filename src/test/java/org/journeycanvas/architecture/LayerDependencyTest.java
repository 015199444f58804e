package org.journeycanvas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers (docs/ARCHITECTURE.md, "Layers"): model ← command, layout ← io, export, templates ← ui ← app; with render (the one painter behind
 * screen, PNG and thumbnails) between layout and export, templates and ui. Files hold maps, never edits, so io
 * does not use command; only ui and app use JavaFX (export draws through Java2D and POI, so it runs headless).
 * Beside export, importing: tables and edited exports turned into maps and into commands, so it uses io and command.
 * Beside them, compare: differences between versions of a map (each taken back by a command) and three-way merges.
 * Under them all, i18n: the texts users see, which any layer may use and which uses none.
 */
@AnalyzeClasses(packages = "org.journeycanvas", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDependencyTest {
    @ArchTest
    static final ArchRule dependenciesPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            // Any layer may use i18n; since i18n is in no layer's list, it may use none of them.
            .layer("i18n")
            .definedBy("org.journeycanvas.i18n..")
            .layer("model")
            .definedBy("org.journeycanvas.model..")
            .layer("command")
            .definedBy("org.journeycanvas.command..")
            .layer("layout")
            .definedBy("org.journeycanvas.layout..")
            .layer("render")
            .definedBy("org.journeycanvas.render..")
            .layer("io")
            .definedBy("org.journeycanvas.io..")
            .layer("export")
            .definedBy("org.journeycanvas.export..")
            .layer("templates")
            .definedBy("org.journeycanvas.templates..")
            .layer("importing")
            .definedBy("org.journeycanvas.importing..")
            .layer("compare")
            .definedBy("org.journeycanvas.compare..")
            .layer("ui")
            .definedBy("org.journeycanvas.ui..")
            .layer("app")
            .definedBy("org.journeycanvas.app..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("export")
            .mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("templates")
            .mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("importing")
            .mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("compare")
            .mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("io")
            .mayOnlyBeAccessedByLayers("export", "templates", "importing", "compare", "ui", "app")
            .whereLayer("render")
            .mayOnlyBeAccessedByLayers("export", "templates", "ui", "app")
            .whereLayer("command")
            .mayOnlyBeAccessedByLayers("export", "templates", "importing", "compare", "ui", "app")
            .whereLayer("layout")
            .mayOnlyBeAccessedByLayers("render", "io", "export", "templates", "importing", "ui", "app")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers(
                    "command", "layout", "render", "io", "export", "templates", "importing", "compare", "ui", "app");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.journeycanvas.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.fasterxml..", "org.apache.poi..", "picocli..");

    @ArchTest
    static final ArchRule onlyTheUiAndAppUseJavaFx = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.journeycanvas.i18n..",
                    "org.journeycanvas.command..",
                    "org.journeycanvas.layout..",
                    "org.journeycanvas.render..",
                    "org.journeycanvas.io..",
                    "org.journeycanvas.export..",
                    "org.journeycanvas.templates..",
                    "org.journeycanvas.importing..",
                    "org.journeycanvas.compare..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..");
}
