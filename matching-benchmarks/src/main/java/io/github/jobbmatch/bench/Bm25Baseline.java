package io.github.jobbmatch.bench;

import io.github.jobbmatch.index.Fields;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.Requirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The baseline a generic search set-up gives: the need's title, requirement labels and interests,
 * analysed with the same analyzer, as SHOULD term queries over the candidates' analysed text fields,
 * scored by Lucene's default BM25, under whatever hard filters the caller passes (the consent filter
 * at least). No taxonomy, no gates of its own, no weights.
 */
final class Bm25Baseline {

    /** The analysed text fields of a candidate (see docs/matching.md). */
    static final List<String> FIELDS = List.of(Fields.C_LABELS, Fields.C_INTERESTS, Fields.C_TEXT, Fields.C_EXP_TEXT,
            Fields.C_WISH_TEXT);

    private final Analyzer analyzer;

    Bm25Baseline(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The words a generic set-up would search for. */
    List<String> terms(Need need) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        texts.add(need.title());
        need.requirements().stream().map(Requirement::label).forEach(texts::add);
        texts.addAll(need.interests());
        for (String t : texts) {
            if (t != null) {
                terms.addAll(analyse(t));
            }
        }
        return List.copyOf(terms);
    }

    /** SHOULD terms over every text field, under the given filter clauses. */
    Query query(Need need, BooleanQuery.Builder filters) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String term : terms(need)) {
            for (String field : FIELDS) {
                text.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }
        filters.add(text.build(), Occur.MUST);
        return filters.build();
    }

    private List<String> analyse(String text) {
        List<String> out = new ArrayList<>();
        // The analyzer's field name only selects per-field behaviour; the text fields all share one chain.
        try (TokenStream ts = analyzer.tokenStream(Fields.C_TEXT, text)) {
            CharTermAttribute att = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(att.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
