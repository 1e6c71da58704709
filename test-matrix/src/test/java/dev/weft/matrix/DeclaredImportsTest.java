package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.Parser;
import dev.weft.backend.Compiler;
import dev.weft.features.Alternative;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.features.Profile;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.wasm.binary.ImportSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The imports an alternative declares in the feature model are the imports
 * its modules really have: for the defaults, each single alternative and each
 * command's profile, a program that never spawns and one that spawns, sleeps
 * and waits with a timeout import exactly {@code wasi_snapshot_preview1}'s
 * functions and the vector's declared imports, read from the module's import
 * section after wasm-opt and asyncify (whose own imports must be gone). So
 * weft features, which prints the declarations, and weft build's note, which
 * reads the module, say the same.
 */
class DeclaredImportsTest {
    private static final FeatureModel MODEL = FeatureModel.standard();
    private static final List<String> PROGRAMS = List.of("tests/programs/hello.weft", "tests/programs/proc_selective.weft");

    @TestFactory
    Stream<DynamicTest> everyModuleImportsWasiAndWhatItsChoicesDeclare() throws IOException {
        var vectors = new ArrayList<>(new VectorSet.SinglesSet().vectors(MODEL));
        for (Profile p : MODEL.profiles()) {
            if (!vectors.contains(MODEL.vector(p))) vectors.add(MODEL.vector(p));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String program : PROGRAMS) {
            String text = Files.readString(Repository.root().resolve(program));
            for (FeatureVector v : vectors) {
                tests.add(DynamicTest.dynamicTest(Path.of(program).getFileName() + " [" + v + "]", () -> {
                    byte[] module = compile(program, text, v);
                    List<ImportSection.Import> imports = ImportSection.read(module);
                    assertEquals(chicorysReading(module), imports.stream().map(i -> i.kind().name().toLowerCase() + " " + i).toList(),
                            "the import section as Chicory's parser reads it");
                    var beyondWasi = new TreeSet<String>();
                    for (ImportSection.Import i : imports) {
                        if (!i.module().equals(Alternative.WASI_MODULE)) beyondWasi.add(i.toString());
                    }
                    var declared = new TreeSet<String>();
                    v.imports().forEach(i -> declared.add(i.toString()));
                    assertEquals(declared, beyondWasi, "imports beyond WASI: declared by the vector's alternatives (left), "
                            + "in the module (right)");
                }));
            }
        }
        return tests.stream();
    }

    /** What weft features promises for build: the defaults declare nothing beyond WASI. */
    @Test
    void theDefaultsDeclareNoImportBeyondWasi() {
        assertEquals(List.of(), MODEL.defaults().imports());
        assertEquals(List.of(), MODEL.vector(MODEL.profile(Profile.BUILD)).imports());
        assertEquals(List.of("weft.memory_request"),
                MODEL.parse("memory=host").imports().stream().map(Alternative.Import::toString).toList());
    }

    private static byte[] compile(String name, String text, FeatureVector v) {
        Diagnostics diagnostics = new Diagnostics();
        return Compiler.compile(new SourceFile(name, text), v, diagnostics)
                .orElseThrow(() -> new AssertionError(name + " [" + v + "] did not compile: " + diagnostics.all()));
    }

    /** The imports as Chicory's parser reads them: {@code function module.name}. */
    private static List<String> chicorysReading(byte[] module) {
        var section = Parser.parse(module).importSection();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < section.importCount(); i++) {
            var imp = section.getImport(i);
            out.add(imp.importType().name().toLowerCase() + " " + imp.module() + "." + imp.name());
        }
        return out;
    }
}
