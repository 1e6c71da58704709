package dev.weft.backend.core;

import java.util.List;

/**
 * One monomorphic function. Created before its body is lowered, so that calls
 * (including recursive ones) can refer to it; the body is set once.
 */
public final class CoreFunction {
    private final String name;
    private final List<CoreVar> params;
    private final Rep result;
    private CoreExpr body;

    public CoreFunction(String name, List<CoreVar> params, Rep result) {
        this.name = name;
        this.params = List.copyOf(params);
        this.result = result;
    }

    public String name() { return name; }

    public List<CoreVar> params() { return params; }

    public Rep result() { return result; }

    public CoreExpr body() {
        if (body == null) throw new IllegalStateException("function " + name + " has no body yet");
        return body;
    }

    public void body(CoreExpr body) {
        if (this.body != null) throw new IllegalStateException("function " + name + " already has a body");
        this.body = body;
    }

    /** A core-to-core pass's rewrite of the body (backend/pass): the same function, so calls of it stay valid. */
    public void replaceBody(CoreExpr body) {
        if (this.body == null) throw new IllegalStateException("function " + name + " has no body to replace");
        this.body = body;
    }

    @Override
    public String toString() { return name; }
}
