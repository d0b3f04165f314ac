"""Verificar las anclas: la cabeza de la cadena impresa en los papeles, enviada en un correo, publicada en el sitio o
exportada (y los sellos de tiempo RFC 3161) tiene que seguir en la cadena con la misma huella («verificar --ancla» y
la ventana).
"""

from dataclasses import dataclass
from pathlib import Path

from ...datos import testigo
from ...datos.base_de_datos import BaseDeDatos
from ...dominio.entrada import muestra
from ...dominio.traduccion import traducir
from .base import Verificacion, restaurar


def ancla_actual(db: BaseDeDatos) -> tuple[int, str] | None:
    """(sello, huella) de la cabeza de la cadena de la bitácora: lo que cada papel verificable lleva al pie."""
    return testigo.cabeza_de_cadena(db.conn)


@dataclass(frozen=True)
class LineaDeAncla:
    """Lo que se sabe de un ancla: `estado` es «sigue» (la cadena la tiene, igual), «aviso» (la tiene, pero lo que la
    respalda no es de confianza todavía), «problema» (no la tiene, o es de otra base) o «ilegible» (no se pudo leer:
    `linea` dice por qué y qué hacer). `valor` es lo que se dio (una ruta, una dirección, «N:HUELLA»)."""

    valor: str
    estado: str
    linea: str

    @property
    def bien(self) -> bool:
        return self.estado == "sigue"


def comprobar_cada_ancla(db: BaseDeDatos, valores: list[str]) -> list[LineaDeAncla]:
    """Cada ancla (un papel impreso, un correo enviado, el sitio publicado, una exportada) debe seguir en la cadena
    con la misma huella: una cadena rehecha por fuera de Escritorio, o una base vuelta a una copia más vieja, ya no
    coincide con lo que salió de la oficina. Una línea por ancla (un sitio o un correo pueden traer varias), cada una
    por su cuenta: un valor que no se puede leer es una línea «ilegible» y las demás se comprueban igual. Los lectores
    de cada clase de ancla están en servicios/anclas.py; la ventana y «verificar --ancla» llaman a esta función."""
    from ...errores import ErrorEscritorio

    lineas: list[LineaDeAncla] = []
    for valor in valores:
        try:
            lineas += _lineas_de(db, valor)
        except ErrorEscritorio as error:
            lineas.append(_ilegible(valor, _sin_la_opcion(error.mensaje, valor)))
        except (OSError, ValueError) as error:   # un nombre que el sistema no acepta (demasiado largo, con NUL…)
            from ...salida import motivo_del_sistema

            motivo = (motivo_del_sistema(error) if isinstance(error, OSError) else
                      traducir("tiene caracteres que no admite"))
            lineas.append(_ilegible(valor, traducir("no se puede abrir como archivo ni como carpeta ({0}): revise lo "
                                                    "que escribió.").format(motivo)))
    return lineas


def _ilegible(valor: str, motivo: str) -> LineaDeAncla:
    return LineaDeAncla(valor, "ilegible", traducir("Ancla que no se pudo leer («{0}»): {1} Las demás anclas se "
                                                    "comprobaron igual.").format(muestra(valor, 200), motivo))


def _sin_la_opcion(mensaje: str, valor: str) -> str:
    """El mensaje de un lector sin su «--ancla VALOR: » delante (la línea ya nombra el valor, y la ventana no tiene
    opciones de la línea de órdenes)."""
    for delante in (f"--ancla «{muestra(valor, 80)}»: ", f"--ancla {muestra(valor, 80)}: ",
                    f"--ancla {muestra(Path(valor).name, 80)}: "):
        if mensaje.startswith(delante):
            return mensaje[len(delante):]
    return mensaje


def _lineas_de(db: BaseDeDatos, valor: str) -> list[LineaDeAncla]:
    from ..anclas import anclas_de, comparar

    # --- sello de tiempo RFC 3161 (.tsr): su propia comprobación (issue 58, h-sello-de-tiempo) ---
    if valor.lower().endswith(".tsr"):
        from ..sello_de_tiempo import comprobar_archivo

        hecho = comprobar_archivo(db, valor)
        return ([LineaDeAncla(valor, "problema", p) for p in hecho.problemas] +
                [LineaDeAncla(valor, "aviso", a) for a in hecho.avisos] +
                [LineaDeAncla(valor, "sigue", d) for d in hecho.detalles])
    # --- fin del sello de tiempo ---
    lineas = []
    for comparacion in comparar(db, anclas_de(valor)):
        ancla, actual = comparacion.ancla, comparacion.actual
        if comparacion.de_otra_base:
            linea = traducir("Ancla: {0} es de otra base (su lista de anclas lo dice): su sello {1} no se compara "
                             "con esta cadena. Qué hacer: compruebe el sitio con la base que lo publicó, o dé el "
                             "sitio de esta base.").format(ancla.fuente, ancla.sello)
        elif comparacion.sigue:
            lineas.append(LineaDeAncla(valor, "sigue", traducir(
                "Ancla: el sello {0} que mostró {1} sigue en la cadena, igual (huella {2}…).").format(
                ancla.sello, ancla.fuente, ancla.huella[:16])))
            continue
        elif actual is None:
            linea = traducir("Ancla: {0} mostró el sello {1} de la bitácora y la base ya no lo tiene: se borraron "
                             "registros con sus sellos, o la base es una copia más vieja que lo que salió de la "
                             "oficina. Qué hacer: {2}.").format(ancla.fuente, ancla.sello, restaurar())
        else:
            linea = traducir("Ancla: el sello {0} de la base tiene la huella {1}…, pero {2} mostró {3}…: la cadena se "
                             "rehízo por fuera de Escritorio desde antes de ese sello, o la base se volvió a una copia "
                             "más vieja y siguió escribiéndose desde allí. Qué hacer: {4}.").format(
                ancla.sello, actual[:16], ancla.fuente, ancla.huella[:16], restaurar())
        lineas.append(LineaDeAncla(valor, "problema", linea))
    return lineas


def comprobar_anclas(db: BaseDeDatos, valores: list[str], resultado: Verificacion) -> None:
    """`comprobar_cada_ancla`, sumado al resultado de «verificar»: lo que sigue va a los detalles, un aviso a los
    avisos, y un ancla que no sigue o no se pudo leer es un problema (la verificación falla)."""
    for linea in comprobar_cada_ancla(db, valores):
        {"sigue": resultado.detalles, "aviso": resultado.avisos}.get(linea.estado, resultado.problemas).append(linea.linea)
