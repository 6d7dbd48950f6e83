import { describe, expect, it } from '@jest/globals';
import { inputVariable, parseFileCommand, parseWorkflowCommands } from './runner.js';

describe('inputVariable', () => {
  it('uppercases, turns spaces into underscores and keeps dashes, like the runner', () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('parseFileCommand', () => {
  it('reads name=value lines and heredocs, the first of = or << deciding', () => {
    const text = [
      'simple=a=b',
      'multi<<ghadelimiter_1',
      'line one',
      'x=1',
      '',
      'ghadelimiter_1',
      '',
      'tricky<<EOF=not-a-value',
      'body',
      'EOF=not-a-value',
      'crlf=yes\r',
    ].join('\n');
    expect(parseFileCommand(text)).toEqual({
      simple: 'a=b',
      multi: 'line one\nx=1\n',
      tricky: 'body',
      crlf: 'yes',
    });
  });

  it('rejects what the runner rejects', () => {
    expect(() => parseFileCommand('name<<END\nno end\n')).toThrow(/matching delimiter "END" not found/);
    expect(() => parseFileCommand('no separator')).toThrow(/invalid format/);
    expect(() => parseFileCommand('=value')).toThrow(/no name/);
  });
});

describe('parseWorkflowCommands', () => {
  it('unescapes messages and properties the way the runner does', () => {
    const output = [
      'plain text',
      '::error file=data/a%2Cb.csv,line=3,col=5,title=Bad%3A value%2C really%25::50%25 of rows%0Aare bad: see %3A',
      '::warning::just a warning',
      '::notice title=n,endLine=9,endColumn=2::note',
      '::group::Profile',
      '::endgroup::',
    ].join('\n');
    const commands = parseWorkflowCommands(output);
    expect(commands.map((command) => command.command)).toEqual(['error', 'warning', 'notice', 'group', 'endgroup']);
    expect(commands.flatMap((command) => (command.annotation ? [command.annotation] : []))).toEqual([
      {
        level: 'error',
        file: 'data/a,b.csv',
        line: 3,
        col: 5,
        title: 'Bad: value, really%',
        // %3A is only unescaped in properties, as in the runner.
        message: '50% of rows\nare bad: see %3A',
      },
      { level: 'warning', message: 'just a warning' },
      { level: 'notice', title: 'n', endLine: 9, endColumn: 2, message: 'note' },
    ]);
  });

  it('ignores commands between ::stop-commands::TOKEN and ::TOKEN::', () => {
    const output = ['::stop-commands::tok123', '::error::not a command', '::tok123::', '::error::real'].join('\n');
    expect(parseWorkflowCommands(output).map((command) => command.message)).toEqual(['real']);
  });
});
