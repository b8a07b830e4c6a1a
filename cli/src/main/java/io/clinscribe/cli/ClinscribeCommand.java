package io.clinscribe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clinscribe}: clinical dictation, scans and free text to structured, coded record entries. */
@Command(name = "clinscribe",
        mixinStandardHelpOptions = true,
        versionProvider = ClinscribeCommand.Version.class,
        description = {"Turns clinical text, dictation and scans into structured, coded record entries (problems, medications,",
                "allergies, vital signs, lab results, procedures) with assertions and exact spans. Offline."},
        subcommands = {TextCommand.class, DictateCommand.class, ScanCommand.class, BatchCommand.class, DeliverCommand.class,
                OutboxCommand.class, EvalCommand.class, ModelsCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 all inputs processed (and delivered), 1 some inputs failed, 2 usage error,",
                "3 not all documents delivered (they stay in the outbox)."})
public final class ClinscribeCommand implements Runnable {

    /** Exit code when some inputs could not be processed; the others were. */
    public static final int SOME_INPUTS_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ClinscribeCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = ClinscribeCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"clinscribe " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
