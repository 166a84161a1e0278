package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFolderBelowThatCannotBeOpenedIsNotedAndTheWalkGoesOn() throws IOException {
        TextFiles.Walk walk = new TextFiles.Walk(dir);
        Path locked = dir.resolve("locked");

        assertThat(walk.visitFileFailed(locked, new AccessDeniedException(locked.toString())))
                .isEqualTo(FileVisitResult.CONTINUE);
        assertThat(walk.postVisitDirectory(dir.resolve("half"), new IOException("listing failed")))
                .isEqualTo(FileVisitResult.CONTINUE);

        assertThat(walk.unreadable()).containsOnlyKeys(locked, dir.resolve("half"));
        assertThat(walk.unreadable().get(locked)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWalkedFolderItselfThatCannotBeOpenedThrows() {
        TextFiles.Walk walk = new TextFiles.Walk(dir);
        assertThatThrownBy(() -> walk.visitFileFailed(dir, new AccessDeniedException(dir.toString())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTxtFilesAreFoundSortedByPath() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/z.txt"), "z");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("a.json"), "{}");

        TextFiles found = TextFiles.under(dir);

        assertThat(found.files()).containsExactly(dir.resolve("a.txt"), dir.resolve("b/z.txt"));
        assertThat(found.unreadable()).isEmpty();
    }
}
