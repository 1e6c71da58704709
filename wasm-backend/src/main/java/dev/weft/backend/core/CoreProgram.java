package dev.weft.backend.core;

import java.util.List;

/** A whole monomorphic program: its functions in the order they were reached from main. */
public record CoreProgram(String moduleName, List<CoreFunction> functions, CoreFunction main) {}
