package io.clinscribe.delivery.fhir;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built the first time it is asked for, then shared: the FHIR mapper and validator take seconds to
 * build (UCUM, profiles, IPS snapshots), which listing the adapters or a run that never sends should not pay.
 */
public final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<T> build;
    private T value;

    public OnFirstUse(Supplier<T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = Objects.requireNonNull(build.get(), "built value");
        }
        return value;
    }
}
