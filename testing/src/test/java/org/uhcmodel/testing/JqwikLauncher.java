package org.uhcmodel.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs properties of a nested container with jqwik, for tests about how a property fails. */
final class JqwikLauncher {

    private JqwikLauncher() {
    }

    /**
     * Runs what a selector selects with the jqwik engine, on a thread of its own, so that the inner run shares no
     * thread state with the test that launches it; jqwik prints the inner report to the test output.
     *
     * @param selector  the properties to run
     * @return the failure of each property that failed, in the order they finished
     * @throws InterruptedException if interrupted while waiting for the run
     */
    static List<Throwable> failures(DiscoverySelector selector) throws InterruptedException {
        List<Throwable> failures = new ArrayList<>();
        Thread run = new Thread(() -> {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selector)
                .filters(EngineFilter.includeEngines("jqwik"))
                .build();
            LauncherFactory.create().execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                        result.getThrowable().ifPresent(failures::add);
                    }
                }
            });
        });
        run.start();
        run.join();
        return failures;
    }
}
