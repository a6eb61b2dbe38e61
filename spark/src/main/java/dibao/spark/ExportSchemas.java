package dibao.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes, column for column (names and types) as {@code dibao export
 * --format parquet} writes them (Archive.EXPORT_TABLES): VARCHAR -> string, INTEGER -> int,
 * DOUBLE -> double, DATE -> date, TIMESTAMP -> timestamp_ntz (DuckDB's TIMESTAMP has no zone),
 * VARCHAR[] -> array of string, INTEGER[][] -> array of array of int. Spans are code point
 * offsets, as in the export. {@code paper} and {@code date} become the partition folders.
 */
final class ExportSchemas {

    private ExportSchemas() {
    }

    private static final DataType STRINGS = createArrayType(StringType, true);
    private static final DataType SPANS = createArrayType(createArrayType(IntegerType, true), true);

    static final StructType PAGES = struct(
            f("page", StringType), f("path", StringType), f("source", StringType), f("paper", StringType),
            f("date", DateType), f("charset", StringType), f("chars", IntegerType), f("articles", IntegerType),
            f("facts", IntegerType), f("entities", IntegerType), f("ingested_at", TimestampNTZType),
            f("text", StringType));

    static final StructType ARTICLES = struct(
            f("page", StringType), f("article", StringType), f("paper", StringType), f("date", DateType),
            f("source", StringType), f("kind", StringType), f("headline", StringType), f("subheadlines", STRINGS),
            f("dateline", StringType), f("reporters", STRINGS), f("spans", SPANS), f("duplicate_spans", SPANS),
            f("continued_to", StringType), f("continued_from", StringType), f("persons", STRINGS),
            f("orgs", STRINGS), f("places", STRINGS), f("text", StringType));

    static final StructType FACTS = struct(
            f("page", StringType), f("article", StringType), f("paper", StringType), f("date", DateType),
            f("source", StringType), f("fact_no", IntegerType), f("span_start", IntegerType),
            f("span_end", IntegerType), f("text", StringType), f("value", DoubleType), f("unit", StringType),
            f("approx", StringType), f("kind", StringType), f("subject", StringType), f("indicator", StringType),
            f("period", StringType));

    static final StructType ENTITIES = struct(
            f("page", StringType), f("paper", StringType), f("date", DateType), f("source", StringType),
            f("type", StringType), f("name", StringType), f("title", StringType), f("aliases", STRINGS),
            f("code", StringType), f("parent", StringType), f("articles", STRINGS));

    static final StructType CHECKS = struct(
            f("page", StringType), f("fact_no", IntegerType), f("name", StringType), f("passed", BooleanType),
            f("message", StringType), f("detail", StringType));

    /** Pages that could not be read or extracted; the job goes on without them. */
    static final StructType ERRORS = struct(f("path", StringType), f("page", StringType), f("reason", StringType));

    /** One input page's whole result, so that extraction runs once and each table is a projection. */
    static final StructType RESULT = struct(
            f("page", PAGES), f("articles", createArrayType(ARTICLES, true)),
            f("facts", createArrayType(FACTS, true)), f("entities", createArrayType(ENTITIES, true)),
            f("checks", createArrayType(CHECKS, true)), f("error", ERRORS));

    private static StructField f(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return createStructType(fields);
    }
}
