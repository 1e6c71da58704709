package dev.weft.matrix.engines;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.weft.shims.Invocation;
import dev.weft.shims.ModuleRejectedException;
import dev.weft.shims.NodeHost;
import dev.weft.shims.WeftImports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The node engine on another Node version: the same loader (NodeHost's
 * run.mjs) and the same command line, run with {@code docker exec} in a
 * container of an official Node image. The container idles ({@code sleep
 * infinity}); each run copies its module, stdin and an empty report file in.
 * Output comes back when the run is over (exec collects it), so a streaming
 * run goes through {@link Engine}'s buffering fallback.
 */
final class NodeContainerEngine implements Engine {
    static final DockerImageName IMAGE = DockerImageName.parse("node:22-slim");
    private static final String LOADER = "/weft/run.mjs";

    private final GenericContainer<?> container;
    private final AtomicInteger runs = new AtomicInteger();
    private boolean loaderCopied;

    NodeContainerEngine(GenericContainer<?> container) {
        this.container = container;
    }

    /** A container to give this engine: idle until runs are exec'd in it. */
    static GenericContainer<?> container() {
        return new GenericContainer<>(IMAGE).withCommand("sleep", "infinity");
    }

    @Override
    public String name() {
        return "node:" + IMAGE.getVersionPart();
    }

    @Override
    public Set<String> capabilities() {
        return Set.of("tail-call");
    }

    @Override
    public RunOutcome run(byte[] module, RunInput input) {
        copyLoaderOnce();
        String dir = "/weft/run-" + runs.incrementAndGet();
        container.copyFileToContainer(Transferable.of(module), dir + "/module.wasm");
        container.copyFileToContainer(Transferable.of(input.stdin()), dir + "/stdin");
        container.copyFileToContainer(Transferable.of(new byte[0]), dir + "/report");
        Invocation invocation = Invocation.of(input.programName(), input.arguments(),
                new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        // sh takes the command as "$@", so no argument is ever quoted or split.
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" < " + dir + "/stdin", "sh", "node"));
        command.addAll(NodeHost.NODE_FLAGS);
        command.add(LOADER);
        command.addAll(NodeHost.loaderArguments(dir + "/module.wasm", dir + "/report",
                WeftImports.DEFAULT_MEMORY_LIMIT_PAGES, invocation));
        try {
            long start = System.nanoTime();
            Container.ExecResult result = container.execInContainer(UTF_8, command.toArray(String[]::new));
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            String report = container.copyFileFromContainer(dir + "/report", in -> new String(in.readAllBytes(), UTF_8));
            container.execInContainer("rm", "-rf", dir);
            NodeHost.Report parsed = NodeHost.Report.parse(report);
            if (parsed.rejected().isPresent() && result.getExitCode() == NodeHost.REJECTED_EXIT_CODE) {
                throw new ModuleRejectedException(parsed.rejected().get(), null);
            }
            return new RunOutcome(result.getStdout(), result.getStderr(), result.getExitCode(), time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the program ran", e);
        }
    }

    private synchronized void copyLoaderOnce() {
        if (loaderCopied) return;
        container.copyFileToContainer(Transferable.of(NodeHost.loaderScript()), LOADER);
        loaderCopied = true;
    }
}
