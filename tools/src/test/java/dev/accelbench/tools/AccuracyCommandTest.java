package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accuracy command on small sweeps (exhaustive ones over narrow ranges only: the suite stays fast). */
class AccuracyCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void tableListsEachVariantWithItsErrors() {
        assertEquals(0, cli.run("accuracy", "--op", "exp", "--variants", "poly5,schraudolph", "--samples", "20000"),
                cli.err.toString());
        String table = cli.out.toString();
        assertTrue(table.startsWith("exp on [-87.0, 88.0], 20,000 inputs"), table);
        String poly5 = table.lines().filter(l -> l.startsWith("poly5 ")).findFirst().orElseThrow();
        String schraudolph = table.lines().filter(l -> l.startsWith("schraudolph ")).findFirst().orElseThrow();
        assertTrue(poly5.contains("rel 4.00e-07"), poly5);
        double poly5Max = Double.parseDouble(poly5.trim().split("\\s+")[4]);
        double schraudolphMax = Double.parseDouble(schraudolph.trim().split("\\s+")[4]);
        assertTrue(poly5Max > 0 && poly5Max <= 4e-7, poly5);
        assertTrue(schraudolphMax > 0.02 && schraudolphMax <= 0.044, schraudolph);
    }

    @Test
    void exhaustiveCoversEveryFloatOfTheRange() throws Exception {
        // [1, 2) has 2^23 floats, plus 2 itself
        assertEquals(0, cli.run("accuracy", "--op", "rsqrt", "--variants", "exact,newton1", "--range", "1:2",
                "--exhaustive", "--format", "json"), cli.err.toString());
        JsonNode doc = new ObjectMapper().readTree(cli.out.toString());
        assertEquals("exhaustive", doc.get("mode").asText());
        assertEquals((1 << 23) + 1, doc.get("inputs").asLong());
        JsonNode exact = doc.get("results").get(0);
        assertEquals((1 << 23) + 1, exact.get("samples").asLong());
        assertTrue(exact.get("ulp").get("max").asLong() <= 1, exact.toString());
        JsonNode newton = doc.get("results").get(1);
        assertTrue(newton.get("max_rel").asDouble() > 1e-3 && newton.get("max_rel").asDouble() <= 1.76e-3, newton.toString());
    }

    @Test
    void samplesAreSeededAndThreadCountDoesNotMatter() {
        assertEquals(0, cli.run("accuracy", "--op", "gelu", "--samples", "5000", "--seed", "3", "--threads", "1", "--format", "csv"));
        String one = cli.out.toString();
        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("accuracy", "--op", "gelu", "--samples", "5000", "--seed", "3", "--threads", "3", "--format", "csv"));
        assertEquals(one, cli.out.toString());
        assertTrue(one.startsWith("variant,samples,"), one);
        assertEquals(4, one.lines().count(), one);
    }

    @Test
    void plotWritesAnSvgChart(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("exp.svg");
        assertEquals(0, cli.run("accuracy", "--op", "exp", "--variants", "poly3,mitchell", "--samples", "10000",
                "--range", "-10:10", "--plot", svg.toString()), cli.err.toString());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("poly3") && text.contains("mitchell"), text.substring(0, 200));
    }

    @Test
    void badInputNamesTheProblemAndTheValidChoices() {
        assertEquals(2, cli.run("accuracy", "--op", "expo"));
        assertTrue(cli.err.toString().contains("unknown operation 'expo'") && cli.err.toString().contains("rsqrt"), cli.err.toString());
        assertEquals(2, cli.run("accuracy", "--op", "exp", "--variants", "poly9"));
        assertTrue(cli.err.toString().contains("unknown exp variant 'poly9'") && cli.err.toString().contains("poly5"),
                cli.err.toString());
        assertEquals(2, cli.run("accuracy", "--op", "exp", "--range", "5:1"));
        assertTrue(cli.err.toString().contains("LO < HI"), cli.err.toString());
        assertEquals(2, cli.run("accuracy", "--op", "exp", "--range", "a:b"));
        assertTrue(cli.err.toString().contains("--range must be LO:HI"), cli.err.toString());
        assertEquals(2, cli.run("accuracy", "--op", "exp", "--range", "1:inf"));
        assertEquals(2, cli.run("accuracy", "--op", "exp", "--samples", "0"));
        assertEquals(2, cli.run("accuracy", "--op", "exp", "--samples", "10", "--exhaustive"));
        assertTrue(cli.err.toString().contains("exclude each other"), cli.err.toString());
        assertEquals(2, cli.run("accuracy", "--op", "exp", "--format", "xml"));
        assertEquals(2, cli.run("accuracy"));
    }

    @Test
    void aRangeBeyondTheValidOneIsNoted() {
        assertEquals(0, cli.run("accuracy", "--op", "exp", "--variants", "poly3", "--range", "80:100", "--samples", "1000"));
        assertTrue(cli.err.toString().contains("exp/poly3's bound holds on"), cli.err.toString());
        assertTrue(cli.out.toString().contains("not finite"), cli.out.toString());
    }
}
