// Tokens of Weft (see docs/language.md). Newlines are tokens, except inside
// ( ) and [ ], where they are dropped; a { } block or a ${ } interpolation
// inside parentheses makes them significant again. String literals are
// lexed in their own mode so that ${ ... } can hold any expression.
lexer grammar WeftLexer;

tokens { INTERP_END }

@header {
import java.util.ArrayDeque;
}

@members {
/** Open brackets: '(' '[' '{', and '$' for an interpolation's "${". */
private final ArrayDeque<Character> open = new ArrayDeque<>();

private boolean newlineIgnored() {
    Character top = open.peek();
    return top != null && (top == '(' || top == '[');
}

private void close() {
    if (!open.isEmpty()) open.pop();
}
}

MODULE  : 'module';
IMPORT  : 'import';
TYPE    : 'type';
MATCH   : 'match';
IF      : 'if';
ELSE    : 'else';
RECEIVE : 'receive';
AFTER   : 'after';
FOREIGN : 'foreign';
TRUE    : 'true';
FALSE   : 'false';

LPAREN   : '(' { open.push('('); };
RPAREN   : ')' { close(); };
LBRACK   : '[' { open.push('['); };
RBRACK   : ']' { close(); };
LBRACE   : '{' { open.push('{'); };
RBRACE   : '}' {
    if (!open.isEmpty() && open.peek() == '$') { open.pop(); setType(INTERP_END); popMode(); }
    else close();
};

ARROW    : '->';
PIPE_GT  : '|>';
OROR     : '||';
ANDAND   : '&&';
EQEQ     : '==';
NEQ      : '!=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
PLUSPLUS : '++';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
PERCENT  : '%';
BANG     : '!';
ASSIGN   : '=';
SPREAD   : '...';
DOT      : '.';
COMMA    : ',';
COLON    : ':';
SEMI     : ';';
BAR      : '|';
AT       : '@';

FLOAT
    : DIGITS '.' DIGITS EXPONENT?
    | DIGITS EXPONENT
    ;
INT
    : '0' [xX] [0-9a-fA-F_]+
    | DIGITS
    ;
CHAR     : '\'' ( '\\' ~[\r\n] ( ~['\r\n] )*? | ~['\\\r\n] ) '\'';

UNDERSCORE : '_';
LOWER_ID   : [a-z_] [a-zA-Z0-9_]*;
UPPER_ID   : [A-Z] [a-zA-Z0-9_]*;

STR_OPEN : '"' -> pushMode(STRING);

NL       : '\r'? '\n' { if (newlineIgnored()) skip(); };
COMMENT  : '#' ~[\r\n]* -> skip;
WS       : [ \t]+ -> skip;
BAD_CHAR : . ;

fragment DIGITS   : [0-9] [0-9_]*;
fragment EXPONENT : [eE] [+\-]? [0-9]+;

mode STRING;
STR_TEXT     : ( ~["\\$\r\n] | '\\' ~[\r\n] | '$' { _input.LA(1) != '{' }? )+;
INTERP_START : '${' { open.push('$'); } -> pushMode(DEFAULT_MODE);
STR_CLOSE    : '"' -> popMode;
STR_NEWLINE  : '\r'? '\n' -> popMode;
