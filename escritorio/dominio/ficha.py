"""La ficha de un miembro tal como la edita una persona, y su validación campo por campo."""

import re
from dataclasses import dataclass
from datetime import date

from . import miembros as m
from . import entrada
from .paises import codigo_pais, es_codigo_valido, pais_de_la_asociacion
from .traduccion import traducir


@dataclass
class FichaMiembro:
    nombre: str
    pais: str
    tipo: str = "municipio"
    region: str | None = None
    codigo: str | None = None
    fecha_ingreso: date | None = None
    modo_ingreso: str = "solicitud_propia"
    fundador: bool = False
    correo: str | None = None
    telefono: str | None = None

    def limpia(self) -> "FichaMiembro":
        """Espacios recortados, forma Unicode compuesta y textos vacíos convertidos en None. Un texto que no
        se puede guardar (un carácter de control, un salto de línea, demasiado largo) queda como vino, para
        que `validar_ficha` lo señale en su campo."""
        def texto(valor, maximo=entrada.LARGO_NOMBRE):
            if valor is None:
                return None
            try:
                limpio = entrada.texto(valor, maximo=maximo, obligatorio=False)
            except ValueError:
                return str(valor)
            return re.sub(" {2,}", " ", limpio) if limpio else None
        pais = self.pais.strip() if isinstance(self.pais, str) else ""
        return FichaMiembro(
            nombre=texto(self.nombre) or "", pais=codigo_pais(pais) or pais if pais else "",
            tipo=self.tipo, region=texto(self.region), codigo=texto(self.codigo, LARGO_CODIGO),
            fecha_ingreso=self.fecha_ingreso, modo_ingreso=self.modo_ingreso, fundador=bool(self.fundador),
            correo=texto(self.correo, entrada.LARGO_CORTO), telefono=texto(self.telefono, entrada.LARGO_CORTO))


LARGO_CODIGO = 50
# campo -> (rótulo, largo máximo) de los textos de una línea de la ficha
TEXTOS_FICHA = {"nombre": ("Nombre", entrada.LARGO_NOMBRE), "region": ("Región", entrada.LARGO_NOMBRE),
                "codigo": ("Código oficial", LARGO_CODIGO), "correo": ("Correo", entrada.LARGO_CORTO),
                "telefono": ("Teléfono", entrada.LARGO_CORTO)}


def _rotulo_de(campo: str) -> str:
    rotulo = TEXTOS_FICHA[campo][0]
    return traducir(rotulo)


def validar_ficha(ficha: FichaMiembro, hoy: date, paises_asociacion=None) -> dict[str, str]:
    """campo -> motivo, para marcar cada campo inválido en el formulario. Vacío = válida.

    `paises_asociacion`: los códigos de los países de la asociación; el país del miembro debe ser uno de ellos.
    """
    errores = {}
    for campo, (_, maximo) in TEXTOS_FICHA.items():
        valor = getattr(ficha, campo)
        if valor is None or campo == "nombre" and not valor:
            continue
        try:
            entrada.texto(valor, maximo=maximo)
        except ValueError as error:
            errores[campo] = f"{_rotulo_de(campo)}: {error}."
    if not ficha.nombre:
        errores["nombre"] = traducir("El nombre es obligatorio.")
    if not ficha.pais:
        errores["pais"] = traducir("Elija el país del miembro.")
    elif paises_asociacion is not None or not es_codigo_valido(ficha.pais):
        try:
            pais_de_la_asociacion(ficha.pais, paises_asociacion or ())
        except ValueError as error:
            errores["pais"] = traducir("País: {0}.").format(error)
    if ficha.tipo not in m.TIPOS:
        errores["tipo"] = traducir("Elija el tipo de miembro.")
    if ficha.modo_ingreso not in m.MODOS_INGRESO:
        errores["modo_ingreso"] = traducir("Elija cómo ingresó el miembro.")
    if ficha.fecha_ingreso:
        try:
            entrada.fecha_en_rango(ficha.fecha_ingreso, hoy=hoy, historica=True)
        except ValueError as error:
            errores["fecha_ingreso"] = traducir("Fecha de ingreso: {0}.").format(error)
    if ficha.correo and "correo" not in errores:
        try:
            m.leer_correo(ficha.correo)
        except ValueError as error:
            errores["correo"] = traducir("El correo {0}.").format(error)
    return errores


def validar_poblacion(cifra: object, anio: object, hoy: date) -> dict[str, str]:
    errores = {}
    try:
        m.leer_poblacion(cifra)
    except ValueError as error:
        errores["poblacion"] = traducir("La población {0}.").format(error)
    if not m.esta_vacio(anio):
        try:
            m.leer_anio(anio, hoy)
        except ValueError as error:
            errores["anio"] = traducir("El año {0}.").format(error)
    return errores
