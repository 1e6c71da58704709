package dev.weft.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureJsonTest {
    @Test
    void rendersEveryAlternativeAndConstraint() {
        String json = FeatureJson.render(FeatureModel.standard());
        assertTrue(json.startsWith("{\n  \"coreUnits\": [\"core/wasi.wat\""), json);
        assertTrue(json.contains("{\"name\": \"fixed\", \"syntax\": \"fixed:<MiB>\", \"default\": false, \"status\": \"built\", "
                + "\"description\": \"one fixed reservation of <MiB>; a clean out-of-memory error when it is full\", "
                + "\"parameter\": {\"max\": 4096, \"min\": 1, \"name\": \"MiB\"}, "
                + "\"units\": [\"memory/pages.wat\", \"memory/fixed.wat\"], \"capabilities\": [], \"wasmOptPasses\": [], "
                + "\"imports\": []}"), json);
        assertTrue(json.contains("\"capabilities\": [\"host-memory\"], \"wasmOptPasses\": [], \"imports\": [\"weft.memory_request\"]}"),
                json);
        assertTrue(json.contains("\n  \"profiles\": [\n    {\"choices\": \"\", \"name\": \"build\", \"reason\": "), json);
        assertTrue(json.endsWith("\"}\n  ]\n}\n"), json);
        assertTrue(json.contains("\"status\": \"not-yet-built\""), json);
        assertTrue(json.contains("{\"kind\": \"requires\", \"other\": \"interrupt=flag\", \"reason\": "), json);
        assertTrue(json.contains("{\"kind\": \"excludes\", \"other\": \"tailcall=native\", \"reason\": "
                + "\"Binaryen 108's asyncify refuses return_call: tail calls not yet supported in asyncify\", "
                + "\"when\": \"switch=flag\"}"), json);
        long alternatives = FeatureModel.standard().features().stream().mapToLong(f -> f.alternatives().size()).sum();
        assertEquals(alternatives, json.lines().filter(l -> l.contains("\"syntax\"")).count());
    }

    @Test
    void escapesStrings() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", FeatureJson.string("a\"b\\c\nd\u0001"));
    }
}
