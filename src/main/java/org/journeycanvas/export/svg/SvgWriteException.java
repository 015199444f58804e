package org.journeycanvas.export.svg;

import javax.xml.stream.XMLStreamException;

/** A failed write inside a surface call, which the {@code Surface} interface has no checked exception for. */
final class SvgWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SvgWriteException(XMLStreamException cause) {
        super(cause);
    }
}
