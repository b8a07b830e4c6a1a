package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The one attribute of problems and procedures: {@code bodySite}, the verbatim site text. */
final class BodySiteAttributes<E extends Entry> implements AttributeCodec<E> {

    static final BodySiteAttributes<Problem> PROBLEM = new BodySiteAttributes<>(Problem::bodySite, Problem::new);
    static final BodySiteAttributes<Procedure> PROCEDURE = new BodySiteAttributes<>(Procedure::bodySite, Procedure::new);

    private final Function<E, Optional<String>> bodySite;
    private final BiFunction<Mention, Optional<String>, E> constructor;

    private BodySiteAttributes(Function<E, Optional<String>> bodySite, BiFunction<Mention, Optional<String>, E> constructor) {
        this.bodySite = bodySite;
        this.constructor = constructor;
    }

    @Override
    public void write(E entry, JsonGenerator json) throws IOException {
        Optional<String> site = bodySite.apply(entry);
        if (site.isPresent()) {
            json.writeStringField("bodySite", site.get());
        }
    }

    @Override
    public E read(Mention mention, JsonFields a) {
        return constructor.apply(mention, a.text("bodySite"));
    }
}
