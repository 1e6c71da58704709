/** Weft's runtime system: WAT units chosen by the feature vector. */
module dev.weft.rts {
    requires transitive dev.weft.features;

    exports dev.weft.rts;
}
