import { Help, type Argument, type Command, type Option } from 'commander';
import { displayWidth, isWide } from '../textWidth.js';
import { CLI_MESSAGES } from './messages.js';
import { CLOSING_MARK, OPENING_MARK } from './patterns.js';

const C = CLI_MESSAGES.commander;

/** Commander's placeholders in a command line, in Chinese. */
export const translatePlaceholders = (s: string): string => s.replace(/\[options\]/g, C.optionsPlaceholder).replace(/\[command\]/g, C.commandPlaceholder);

/** An option's or argument's default, in Chinese, before the description is measured and wrapped. */
const translateDefault = (s: string): string => s.replace(/ ?\(default: (.*?)\)/, C.defaultValue);


/**
 * A line of help cut where it may break: at spaces, as commander does, and between Chinese characters, which have no
 * spaces between them; never before a closing mark or after an opening one. Each piece starts with the spaces before it.
 * (The PDF's line breaker, layout/measure/lineBreak.ts, is not used: its Unicode tables would load with every command.)
 */
function pieces(line: string): string[] {
  const out: string[] = [];
  let piece = '';
  let previous = '';
  for (const ch of line) {
    const space = /\s/.test(ch);
    const afterSpace = /\s/.test(previous);
    const cut = piece.trim() !== '' && (space ? !afterSpace : !afterSpace && !CLOSING_MARK.test(ch) && !OPENING_MARK.test(previous) && (isWide(ch) || isWide(previous)));
    if (cut) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
    previous = ch;
  }
  return piece ? [...out, piece] : out;
}

/**
 * How the help lays out its lists, so that they line up and fit in a terminal, where a Chinese character takes two
 * columns: terms and descriptions measured in columns, translated before they are measured (a command's placeholders,
 * a default), and descriptions wrapped between Chinese characters too. Subcommands inherit it.
 */
export const HELP_LAYOUT: Partial<Help> = {
  displayWidth: (s: string) => displayWidth(s.replace(/\x1b\[\d*(;\d*)*m/g, '')),
  subcommandTerm(this: Help, cmd: Command) {
    return translatePlaceholders(Help.prototype.subcommandTerm.call(this, cmd));
  },
  optionDescription(this: Help, option: Option) {
    return translateDefault(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument: Argument) {
    return translateDefault(Help.prototype.argumentDescription.call(this, argument));
  },
  boxWrap(this: Help, text: string, width: number) {
    if (width < this.minWidthToWrap) return text;
    const lines: string[] = [];
    for (const raw of text.split(/\r\n|\n/)) {
      let line = '';
      for (const piece of pieces(raw)) {
        if (line && this.displayWidth(line + piece.trimEnd()) > width) {
          lines.push(line);
          line = piece.trimStart();
        } else line += piece;
      }
      lines.push(line.trimEnd());
    }
    return lines.join('\n');
  },
};
