package dibao.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Extracts newspaper pages at scale: reads page files (*.txt, recursively) from any
 * Hadoop-compatible path, runs dibao's extraction pipeline on each (one Extractor per
 * executor thread), gathers the results by issue and writes {@code pages, articles, facts,
 * entities} as Parquet partitioned by paper and date (one file per folder and table), {@code checks} and {@code errors} (path, page, reason) unpartitioned, with the
 * columns of {@code dibao export --format parquet}. A bad page is an error row, never a failed job.
 *
 * <pre>ExtractJob INPUT... --out DIR [--manifest pages.tsv] [--date YYYY-MM-DD] [--paper NAME]</pre>
 */
public final class ExtractJob {

    /** The tables written under --out, each in its own folder. */
    public static final List<String> PARTITIONED_TABLES = List.of("pages", "articles", "facts", "entities");

    /** Parsed command line. */
    public record Options(List<String> inputs, String out, String manifest, LocalDate date, String paper) {

        static Options parse(String[] args) {
            List<String> inputs = new ArrayList<>();
            String out = null;
            String manifest = null;
            LocalDate date = null;
            String paper = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out" -> out = value(args, ++i, a);
                    case "--manifest" -> manifest = value(args, ++i, a);
                    case "--paper" -> paper = value(args, ++i, a);
                    case "--date" -> {
                        String d = value(args, ++i, a);
                        try {
                            date = LocalDate.parse(d);
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException("--date '" + d + "' is not a date; write it as YYYY-MM-DD");
                        }
                    }
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        inputs.add(a);
                    }
                }
            }
            if (inputs.isEmpty() || out == null) {
                throw new IllegalArgumentException(
                        "usage: ExtractJob INPUT... --out DIR [--manifest pages.tsv] [--date YYYY-MM-DD] [--paper NAME]");
            }
            return new Options(List.copyOf(inputs), out, manifest, date, paper);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    private ExtractJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("dibao-extract").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.out.printf("%d pages extracted, %d errors -> %s%n", s.pages(), s.errors(), options.out());
        } finally {
            spark.stop();
        }
    }

    /** Pages extracted and pages refused. */
    public record Summary(long pages, long errors) {
    }

    /** Runs the job in {@code spark}; the output folders are replaced. */
    public static Summary run(SparkSession spark, Options o) {
        // DuckDB's TIMESTAMP is micros without zone; never Spark's legacy INT96
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        Map<String, LocalDate> manifest = o.manifest() == null ? Map.of() : readManifest(spark, o.manifest());
        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.txt")
                .load(o.inputs().toArray(String[]::new))
                .select("path", "content");
        JavaRDD<Row> extracted = files.javaRDD().mapPartitions(new PageExtraction(o.date(), manifest, o.paper()));
        // extraction runs once; every table below is a projection of these rows
        // Gather each issue (paper, date) in one task before writing: without it every task writes a
        // file into every folder it touches (Spark packs input files by size, not by folder), and
        // millions of pages would become tens of millions of tiny Parquet files.
        Dataset<Row> results = spark.createDataFrame(extracted, ExportSchemas.RESULT)
                .repartition(col("page.paper"), col("page.date"))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Dataset<Row> pages = results.where(col("page").isNotNull()).select("page.*");
            write(pages, o.out() + "/pages", true);
            for (String table : List.of("articles", "facts", "entities")) {
                write(results.select(explode(col(table)).as("r")).select("r.*"), o.out() + "/" + table, true);
            }
            write(results.select(explode(col("checks")).as("r")).select("r.*"), o.out() + "/checks", false);
            Dataset<Row> errors = results.where(col("error").isNotNull()).select("error.*");
            write(errors.coalesce(1), o.out() + "/errors", false);
            return new Summary(spark.read().parquet(o.out() + "/pages").count(),
                    spark.read().parquet(o.out() + "/errors").count());
        } finally {
            results.unpersist();
        }
    }

    private static void write(Dataset<Row> rows, String dir, boolean partitioned) {
        var writer = rows.write().mode(SaveMode.Overwrite).option("compression", "zstd");
        if (partitioned) {
            writer = writer.partitionBy("paper", "date");
        }
        writer.parquet(dir);
    }

    /** {@code file <TAB> YYYY-MM-DD} lines, {@code #} comments, as ingest reads pages.tsv; keyed by file name. */
    static Map<String, LocalDate> readManifest(SparkSession spark, String manifest) {
        List<String> lines = spark.read().textFile(manifest).collectAsList();
        Map<String, LocalDate> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(manifest + ": expected 'file<TAB>YYYY-MM-DD', got '" + line + "'");
            }
            try {
                String file = cols[0].strip();
                out.put(file.substring(file.lastIndexOf('/') + 1), LocalDate.parse(cols[1].strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(manifest + ": '" + cols[1].strip() + "' is not a date; write it as YYYY-MM-DD");
            }
        }
        return out;
    }
}
