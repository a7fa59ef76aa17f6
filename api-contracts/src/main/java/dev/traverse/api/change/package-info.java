/** Partial-update values: how a command says "leave this field alone" apart from "set it to nothing". */
package dev.traverse.api.change;
