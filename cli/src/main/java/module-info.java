/** The `weft` command. */
module dev.weft.cli {
    requires dev.weft.matrix;
    requires info.picocli;

    opens dev.weft.cli to info.picocli;
}
