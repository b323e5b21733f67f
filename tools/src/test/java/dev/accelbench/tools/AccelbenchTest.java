package dev.accelbench.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AccelbenchTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Accelbench.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
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
        assertTrue(err.toString().contains("Usage: accelbench"), err.toString());
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
