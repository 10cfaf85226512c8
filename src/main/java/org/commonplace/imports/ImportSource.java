package org.commonplace.imports;

import org.commonplace.imports.Units.AccountUnit;
import org.commonplace.imports.Units.PageUnit;
import org.commonplace.imports.Units.SpaceUnit;
import org.commonplace.imports.Units.ThreadUnit;

/** A parsed archive that hands its units to a sink, one at a time, after saying how many there will be. */
public interface ImportSource {

    /** Receives the units of an archive and the problems found while reading it. */
    interface Sink {
        void total(int units);

        void account(AccountUnit unit);

        /** A space of its own, handed over before the pages and threads that name it. */
        void space(SpaceUnit unit);

        void page(PageUnit unit);

        void thread(ThreadUnit unit);

        /** A record that cannot be imported at all (it is not handed on as a unit). */
        void problem(String text);
    }

    /** Reads the archive; a damaged archive as a whole throws with a message for people. */
    void read(Sink sink);
}
