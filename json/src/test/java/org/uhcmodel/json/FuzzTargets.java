package org.uhcmodel.json;

/**
 * The fuzz tests of {@link ReaderFuzzTest} as targets of Jazzer's command line, which runs a campaign of a given
 * number of executions ({@code -runs=N}); see {@code docs/reliability.md}.
 */
public final class FuzzTargets {

    private FuzzTargets() {
    }

    /** The reader of bytes. */
    public static final class Bytes {
        private Bytes() {
        }

        /**
         * Runs one input.
         *
         * @param data  the input
         */
        public static void fuzzerTestOneInput(byte[] data) {
            ReaderFuzzTest.readBytes(data);
        }
    }

    /** The NDJSON reader. */
    public static final class Ndjson {
        private Ndjson() {
        }

        /**
         * Runs one input.
         *
         * @param data  the input
         */
        public static void fuzzerTestOneInput(byte[] data) {
            ReaderFuzzTest.readNdjson(data);
        }
    }
}
