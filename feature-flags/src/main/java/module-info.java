/**
 * The feature model: which runtime features exist, their alternatives and
 * defaults, the vector syntax, and the one verify step that every choice goes
 * through. It depends on nothing else in Weft; everything else reads it.
 */
module dev.weft.features {
    exports dev.weft.features;
}
