package io.github.jobbmatch.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Collects a record's fields into a Lucene {@link Document}, each in the structures its {@link FieldKind} names. */
final class LuceneFieldSink implements FieldSink {

    private final Document doc = new Document();

    Document document() {
        return doc;
    }

    @Override
    public void keyword(String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
    }

    @Override
    public void sortableKeyword(String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    @Override
    public void text(String field, String value) {
        doc.add(new TextField(field, value, Field.Store.NO));
    }

    @Override
    public void longValue(String field, long value) {
        doc.add(new LongField(field, value, Field.Store.NO));
    }

    @Override
    public void doubleValue(String field, double value) {
        doc.add(new DoubleField(field, value, Field.Store.NO));
    }

    @Override
    public void geoPoint(String field, double lat, double lon) {
        doc.add(new LatLonPoint(field, lat, lon));
        doc.add(new LatLonDocValuesField(field, lat, lon));
    }

    @Override
    public void keywordDocValue(String field, String value) {
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    @Override
    public void record(byte[] record) {
        doc.add(new StoredField(Fields.RECORD, record));
    }
}
