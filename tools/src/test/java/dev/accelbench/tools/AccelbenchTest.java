package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AccelbenchTest {

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void helpListsTheToolsAndTheLauncherCommands() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        assertTrue(help.contains("env"), help);
        assertTrue(help.contains("bench [--quick]"), help);
        assertTrue(help.contains("test"), help);
    }

    @Test
    void badArgumentsPrintUsageAndFail() {
        assertEquals(2, run("frobnicate"));
        // picocli prints suggestions instead of the usage when a subcommand's name is close
        // ("frobnicate" is close enough to "attention")
        assertTrue(err.toString().contains("Usage: accelbench") || err.toString().contains("Did you mean"),
                err.toString());
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing subcommand"), err.toString());
        assertEquals(2, run("env", "--format", "xml"));
    }

    @Test
    void envReportsTheVectorWidthTheKernelsUse() throws Exception {
        assertEquals(0, run("env", "--format", "json"));
        JsonNode env = new ObjectMapper().readTree(out.toString());
        assertEquals(jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize(),
                env.get("vector_bits_kernels").asInt());
        assertEquals(Runtime.getRuntime().availableProcessors(), env.get("cores").asInt());
        assertEquals(0, run("env"));
        assertTrue(out.toString().contains("cpu_model"));
    }
}
