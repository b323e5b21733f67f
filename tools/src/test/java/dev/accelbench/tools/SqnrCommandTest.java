package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SqnrCommandTest {

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void tableListsTheFormatsWithTheirSqnr() {
        assertEquals(0, run("sqnr", "--samples", "4096", "--formats", "fp32,bfp8,mxfp4,q8_0,e4m3"), err.toString());
        String table = out.toString();
        assertTrue(table.contains("4096 samples"), table);
        assertTrue(table.contains("gaussian") && table.contains("laplacian") && table.contains("student-t3"), table);
        String fp32 = table.lines().filter(l -> l.startsWith("fp32 ")).findFirst().orElseThrow();
        assertTrue(fp32.endsWith("inf"), fp32);
        String bfp8 = table.lines().filter(l -> l.startsWith("bfp8 ")).findFirst().orElseThrow();
        assertTrue(bfp8.contains("9.500"), bfp8);
        assertEquals(7, table.lines().count(), table);
    }

    @Test
    void jsonParsesAndIsReproducible() throws Exception {
        assertEquals(0, run("sqnr", "--format", "json", "--samples", "2048", "--seed", "5", "--formats", "mxint8,fp32"));
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals(2048, doc.get("samples").asInt());
        assertEquals(5, doc.get("seed").asLong());
        JsonNode mxint8 = doc.get("results").get(0);
        assertEquals("mxint8", mxint8.get("format").asText());
        assertEquals(8.25, mxint8.get("bits_per_value").asDouble());
        double gaussian = mxint8.get("sqnr_db").get("gaussian").asDouble();
        assertTrue(gaussian > 30 && gaussian < 50, "MXINT8 on Gaussian data: " + gaussian);
        assertTrue(doc.get("results").get(1).get("sqnr_db").get("laplacian").isNull(), "fp32 is exact");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("sqnr", "--format", "JSON", "--samples", "2048", "--seed", "5", "--formats", "mxint8,fp32");
        assertEquals(first, out.toString());
    }

    @Test
    void theDefaultListCoversEveryFamily() {
        assertEquals(0, run("sqnr", "--samples", "256"));
        for (String name : new String[] {"fp16", "bf16", "e5m2", "e2m1", "q8.8", "bfp2-k16", "bfp8-k64", "mxfp8-e4m3", "q8_0"}) {
            assertTrue(out.toString().lines().anyMatch(l -> l.startsWith(name + " ")), name);
        }
    }

    @Test
    void badFormatNamesFailWithTheGrammar() {
        assertEquals(2, run("sqnr", "--formats", "fp16,mxfp5"), err.toString());
        assertTrue(err.toString().contains("unknown block format 'mxfp5'"), err.toString());
        assertTrue(err.toString().contains("bfpM[-kK]"), err.toString());
        assertEquals(2, run("sqnr", "--formats", "e9m40"));
        assertTrue(err.toString().contains("eXmY"), err.toString());
        assertEquals(2, run("sqnr", "--samples", "0"));
        assertTrue(err.toString().contains("--samples must be at least 1"), err.toString());
        assertEquals(2, run("sqnr", "--format", "xml"));
    }
}
