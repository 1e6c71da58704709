package dev.weft.shims.internal;

import dev.weft.shims.HostUnavailableException;
import io.github.kawamuray.wasmtime.NativeLibraryLoader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * Loads wasmtime-java's JNI library from one fixed file per version.
 *
 * <p>wasmtime-java 0.19 copies its 18 MB library into a fresh
 * {@code java.io.tmpdir} file at every JVM start and never deletes it, so
 * each {@code weft run --engine wasmtime} would leave 18 MB behind. Here the
 * library is copied once to {@code <tmpdir>/weft-wasmtime/<name>} (atomically,
 * so that JVMs starting together do not see a half-written file), loaded, and
 * the binding's own loader is told that it is done. Where that loader cannot
 * be told (its private flag moved in another version), it is left to do as it
 * always did.
 */
public final class WasmtimeLibrary {
    private WasmtimeLibrary() {}

    private static boolean loaded;
    private static HostUnavailableException failure;

    /** Loads the library once; afterwards throws the same failure each time if it could not be loaded. */
    public static synchronized void load() {
        if (loaded) return;
        if (failure != null) throw failure;
        try {
            Field flag = loaderFlag();
            if (flag == null || System.getenv("WASMTIME_JNI_LOAD_DISABLED") != null) {
                NativeLibraryLoader.init();
            } else {
                System.load(extract().toString());
                flag.setBoolean(null, true);
            }
            loaded = true;
        } catch (IOException | IllegalAccessException | RuntimeException | LinkageError e) {
            failure = new HostUnavailableException("wasmtime-java's native library did not load: " + e, e);
            throw failure;
        }
    }

    private static Field loaderFlag() {
        try {
            Field f = NativeLibraryLoader.class.getDeclaredField("loaded");
            f.setAccessible(true);
            return f.getType() == boolean.class ? f : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Path extract() throws IOException {
        String resource = resourceName();
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "weft-wasmtime");
        Files.createDirectories(dir);
        Path target = dir.resolve(resource);
        // The entry's size, read from the jar's directory without inflating
        // 18 MB, tells a complete copy from a cut one.
        var url = NativeLibraryLoader.class.getResource("/" + resource);
        if (url == null) throw new IOException("wasmtime-java has no native library " + resource + " for this platform");
        long size = url.openConnection().getContentLengthLong();
        if (size > 0 && Files.isRegularFile(target) && Files.size(target) == size) return target;
        Path part = Files.createTempFile(dir, resource, ".part");
        try (InputStream in = resource(resource)) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = NativeLibraryLoader.class.getResourceAsStream("/" + name);
        if (in == null) throw new IOException("wasmtime-java has no native library " + name + " for this platform");
        return in;
    }

    /** As the binding names it: {@code libwasmtime_jni_0.19.0_linux_x86_64.so}. */
    private static String resourceName() throws IOException {
        Properties meta = new Properties();
        try (InputStream in = resource("wasmtime-java-meta.properties")) {
            meta.load(in);
        }
        String version = meta.getProperty("jnilib.version");
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> throw new IOException("wasmtime-java has no native library for the architecture " + arch);
        };
        if (os.contains("linux")) return "libwasmtime_jni_" + version + "_linux_" + archName + ".so";
        if (os.contains("mac")) return "libwasmtime_jni_" + version + "_macos_" + archName + ".dylib";
        if (os.contains("windows")) return "wasmtime_jni_" + version + "_windows_" + archName + ".dll";
        throw new IOException("wasmtime-java has no native library for the system " + os);
    }
}
