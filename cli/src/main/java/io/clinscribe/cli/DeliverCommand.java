package io.clinscribe.cli;

import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.EhrAdapterProvider;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.json.EntriesFormatException;
import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.record.ClinicalDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clinscribe deliver}: documents written before (clinscribe.entries/v1 JSON or JSON Lines), or inputs
 * to process first (notes, recordings, scans: each goes through the command for its kind), delivered to an EHR
 * through the outbox.
 */
@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = {"Deliver documents to an EHR through an adapter: JSON documents written by text, dictate or",
                "scan (.json, or .jsonl with one per line), or inputs to process first (notes, recordings, scans,",
                "routed by their extension). Every document is stored in the outbox before it is sent, so an EHR",
                "that is down or a crash loses nothing; `clinscribe outbox` shows what is left."},
        footer = {"", "Examples:",
                "  clinscribe deliver --to fhir --url https://ehr.example/fhir --patient 123 out/*.json",
                "  clinscribe deliver --to hl7v2 --host 10.0.0.5 --port 2575 --patient 'urn:oid:1.2.3|MRN77' note.txt",
                "  clinscribe deliver --to files --dir export/ --patient 123 visit.wav",
                "", "Exit codes: 0 all delivered, 1 some inputs failed, 2 usage error, 3 not all delivered (kept in the outbox)."})
final class DeliverCommand implements Callable<Integer> {

    private static final Set<String> AUDIO = Set.of("wav", "flac", "mp3");
    private static final Set<String> SCANS = Set.of("png", "jpg", "jpeg", "tif", "tiff", "pdf", "inkml");
    private static final Set<String> DOCUMENTS = Set.of("json", "jsonl");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--list", description = "List the adapters on the classpath and their settings, and exit.")
    boolean list;

    @CommandLine.Mixin
    DeliveryOptions deliveryOptions;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Documents (.json, .jsonl) or inputs to process.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            listAdapters(out);
            return 0;
        }
        if (!deliveryOptions.requested()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to ADAPTER is required (see --list)");
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one FILE to deliver");
        }
        Map<String, List<Path>> byKind = new LinkedHashMap<>();
        for (Path f : files) {
            byKind.computeIfAbsent(kindOf(f), k -> new ArrayList<>()).add(f);
        }
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        // Inputs to process go through their own command (same options, same delivery), which prints nothing
        // here: the documents are in the outbox and the delivery report is on standard error.
        for (String kind : List.of("text", "dictate", "scan")) {
            if (byKind.containsKey(kind)) {
                List<String> args = new ArrayList<>(List.of(kind));
                byKind.get(kind).forEach(p -> args.add(p.toString()));
                args.addAll(deliveryOptions.asArguments());
                CommandLine command = ClinscribeCommand.commandLine();
                command.setOut(new PrintWriter(Writer.nullWriter()));
                command.setErr(err);
                exit = Math.max(exit, command.execute(args.toArray(String[]::new)));
            }
        }
        if (byKind.containsKey("documents")) {
            exit = Math.max(exit, deliverDocuments(byKind.get("documents"), err));
        }
        return exit;
    }

    private int deliverDocuments(List<Path> documents, PrintWriter err) throws Exception {
        EntriesJsonReader reader = new EntriesJsonReader();
        boolean unreadable = false;
        int delivered;
        try (DeliveryHandoff delivery = DeliveryHandoff.open(deliveryOptions, spec.commandLine(), err)) {
            for (Path file : documents) {
                try {
                    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                        try (var lines = reader.lines(file)) {
                            while (lines.hasNext()) {
                                delivery.accept(lines.next());
                            }
                        }
                    } else {
                        ClinicalDocument document;
                        try (var in = Files.newBufferedReader(file)) {
                            document = reader.read(in);
                        }
                        delivery.accept(document);
                    }
                } catch (EntriesFormatException e) {
                    unreadable = true;
                    err.println("clinscribe: " + file + ": not a clinscribe.entries/v1 document: " + e.getMessage());
                } catch (IOException | UncheckedIOException e) {
                    unreadable = true;
                    err.println("clinscribe: " + file + ": cannot read (" + e.getMessage() + ")");
                }
            }
            delivered = delivery.deliver();
        }
        return unreadable ? ClinscribeCommand.SOME_INPUTS_FAILED : delivered;
    }

    private static String kindOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (DOCUMENTS.contains(extension)) {
            return "documents";
        }
        return AUDIO.contains(extension) ? "dictate" : SCANS.contains(extension) ? "scan" : "text";
    }

    private static void listAdapters(PrintWriter out) {
        for (EhrAdapterProvider p : EhrAdapters.discover().providers()) {
            out.println(p.name() + ": " + p.description());
            for (AdapterOption o : p.options()) {
                out.println(String.format("    %-16s %s%s", o.name(), o.description(),
                        o.required() ? " (required)" : o.secret()
                                ? " (secret: or " + OutboxSecrets.variable(p.name(), o.name()) + ")" : ""));
            }
        }
        out.flush();
    }
}
