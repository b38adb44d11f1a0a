package org.huquq.bench;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.hibernate.search.backend.lucene.search.query.impl.LuceneSearchQueryIndexScope;

/**
 * The Lucene queries Hibernate Search builds, exactly as it runs them: while {@link #during} runs, every Lucene search
 * query created in the JVM (on any thread) is recorded with its index names and sort. For the search benchmark's
 * raw comparison ({@link RawLuceneSearch}): the same query objects, run on a reader of their own, are the floor under
 * what a search request can cost. Hibernate Search has no public way to hand out the Lucene query it built from a
 * predicate, so this adds a few instructions to the end of its query's constructor (a Byte Buddy advice, with the
 * agent Mockito already uses); benchmark code only.
 */
public final class LuceneQueryCapture {

    /** One Lucene query: the indexes it runs on, the query itself, its sort (null: by score). */
    public record Captured(Set<String> indexes, Query query, Sort sort) {
    }

    private static final String QUERY_CLASS =
            "org.hibernate.search.backend.lucene.search.query.impl.LuceneSearchQueryImpl";
    private static volatile List<Captured> sink;
    private static boolean installed;

    private LuceneQueryCapture() {
    }

    /** Records the queries created while {@code work} runs; nothing else may search meanwhile. */
    static synchronized List<Captured> during(Runnable work) {
        install();
        List<Captured> captured = new ArrayList<>();
        sink = captured;
        try {
            work.run();
        } finally {
            sink = null;
        }
        synchronized (captured) {
            return List.copyOf(captured);
        }
    }

    /** Called by the advice in every new Hibernate Search Lucene query; public because it is called from there. */
    public static void created(LuceneSearchQueryIndexScope<?, ?> scope, Query query, Sort sort) {
        List<Captured> captured = sink;
        if (captured != null) {
            synchronized (captured) {
                captured.add(new Captured(Set.copyOf(scope.hibernateSearchIndexNames()), query, sort));
            }
        }
    }

    private static void install() {
        if (!installed) {
            new AgentBuilder.Default()
                    .disableClassFormatChanges()
                    .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                    .type(named(QUERY_CLASS))
                    .transform((builder, type, loader, module, domain) -> builder
                            .visit(Advice.to(AtTheEnd.class).on(isConstructor())))
                    .installOn(ByteBuddyAgent.install());
            installed = true;
        }
    }

    /** Inlined at the end of the query's constructor: arguments 2, 7 and 8 are its scope, Lucene query and sort. */
    static final class AtTheEnd {
        @Advice.OnMethodExit
        static void exit(@Advice.Argument(2) LuceneSearchQueryIndexScope<?, ?> scope,
                @Advice.Argument(7) Query query, @Advice.Argument(8) Sort sort) {
            LuceneQueryCapture.created(scope, query, sort);
        }
    }
}
